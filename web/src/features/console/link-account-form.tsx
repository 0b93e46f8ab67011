import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyPage } from '../../ui/lazy-page';

// The sidebar shows the button on every console page; the dialog and its form are fetched when it
// is first opened (or pointed at).
const LinkAccountDialog = lazyPage(() => import('./link-account-dialog'), 'LinkAccountDialog');

/**
 * Links the signed-in staff member's account in another workspace by signing in to it once:
 * only that proves the other account is theirs, so the switcher can offer it.
 */
export function LinkAccountButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  // Mounted from the first opening on, so that closing animates and the form keeps its state.
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-xs"
        onClick={() => {
          setUsed(true);
          open();
        }}
        onPointerEnter={LinkAccountDialog.preload}
        onFocus={LinkAccountDialog.preload}
        justify="start"
        px={0}
      >
        {t('console.linkAccount.open')}
      </Button>
      {used && (
        <Suspense fallback={null}>
          <LinkAccountDialog opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
