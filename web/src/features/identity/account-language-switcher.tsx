import { useQueryClient } from '@tanstack/react-query';
import { LanguageSwitcher } from '../../i18n/language-switcher';
import { api } from '../../ui/api';
import { meKey, useMe } from './session';

/**
 * The header's language switcher. For a signed-in person the choice is also saved on the
 * account, so mail and other devices follow it; that save is best effort.
 */
export function AccountLanguageSwitcher() {
  const me = useMe();
  const client = useQueryClient();
  return (
    <LanguageSwitcher
      onChange={(language) => {
        if (!me.data || me.data.user.locale === language) return;
        api
          .patch('/me', { locale: language })
          .then((updated) => client.setQueryData(meKey, updated))
          .catch(() => undefined);
      }}
    />
  );
}
