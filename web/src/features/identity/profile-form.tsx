import { Avatar, Badge, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/i18n';
import { isLanguage } from '../../i18n/language';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { SaveRow } from '../../ui/save-row';
import { useForm } from '../../ui/use-form';
import { languageOptions } from './language-options';
import { meKey } from './session';
import type { User } from './types';
import type { Language } from '../../i18n/language';

export function ProfileForm({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const form = useForm(
    {
      displayName: user.displayName,
      avatarUrl: user.avatarUrl ?? '',
      locale: user.locale ?? i18n.resolvedLanguage ?? 'en',
    },
    (values) => ({
      displayName: firstError(values.displayName, rules.required),
      avatarUrl: firstError(values.avatarUrl, rules.optionalUrl),
    }),
  );
  const save = useMutation({
    mutationFn: (body: { displayName: string; avatarUrl: string | null; locale: string }) =>
      api.patch('/me', { ...body, locale: body.locale as Language }),
    onSuccess: (me) => {
      client.setQueryData(meKey, me);
      if (isLanguage(me.user.locale)) void changeLanguage(me.user.locale);
    },
    onError: (error) => form.showServerErrors(error),
  });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="profile-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.check()) return;
          save.mutate({
            displayName: form.values.displayName.trim(),
            avatarUrl: form.values.avatarUrl.trim() || null,
            locale: form.values.locale,
          });
        }}
      >
        <Stack gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Avatar
              src={form.values.avatarUrl || null}
              name={form.values.displayName}
              alt=""
              size="lg"
              color="indigo"
              variant="filled"
            />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Title order={2} id="profile-heading" fz="lg">
                {t('account.profileHeading')}
              </Title>
              {user.email && (
                <Group gap="xs">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {user.email}
                  </Text>
                  <Badge color={user.emailVerified ? 'teal.9' : 'gray.7'} variant="filled">
                    {user.emailVerified ? t('account.verified') : t('account.unverified')}
                  </Badge>
                </Group>
              )}
            </Stack>
          </Group>
          <TextInput label={t('auth.displayName')} required maxLength={80} {...form.input('displayName')} />
          <TextInput
            label={t('account.avatarUrl')}
            description={t('account.avatarUrlHint')}
            type="url"
            placeholder="https://"
            {...form.input('avatarUrl')}
          />
          <NativeSelect
            label={t('account.language')}
            description={t('account.languageHint')}
            data={languageOptions}
            {...form.input('locale')}
          />
          {save.isError && <ProblemAlert error={save.error} inlineFields={form.fieldNames} />}
          <SaveRow pending={save.isPending} done={save.isSuccess} />
        </Stack>
      </form>
    </Paper>
  );
}
