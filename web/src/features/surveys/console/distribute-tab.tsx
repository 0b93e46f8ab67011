import { Button, Code, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { CopyField } from '../../../ui/copy-field';
import { ProblemAlert } from '../../../ui/problem-alert';
import type { Survey } from '../types';

/** The public link, email invitations or personal links, and the widget snippet. */
export function DistributeTab({ survey }: { survey: Survey }) {
  const { t } = useTranslation('surveys');
  const [emails, setEmails] = useState('');
  const [channel, setChannel] = useState<'email' | 'personal_link'>('email');
  const send = useMutation({
    mutationFn: () =>
      api.post(
        '/surveys/{id}/invitations',
        { emails: emails.split(/[\s,;，；]+/).filter(Boolean), channel },
        { params: { id: survey.id } },
      ),
  });
  const origin = window.location.origin;
  const snippet = [
    '<script>',
    "  window.Cocreate = window.Cocreate || { q: [], identify: function () { this.q.push(['identify', arguments]); }, track: function () { this.q.push(['track', arguments]); } };",
    '  // Cocreate.identify(jwtFromYourServer);  // optional: a signed-in customer',
    `  Cocreate.track('${survey.widgetEvents[0] ?? 'checkout_done'}');`,
    '</script>',
    `<script src="${origin}/widget/cocreate.js" async></script>`,
  ].join('\n');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3} fz="md">
          {t('distribute.link')}
        </Title>
        <CopyField value={`${origin}${survey.publicPath}`} label={t('distribute.link')} />
      </Stack>
      <Stack
        gap="xs"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <Title order={3} fz="md">
          {t('distribute.invite')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('distribute.inviteHelp')}
        </Text>
        <Textarea
          label={t('distribute.emails')}
          autosize
          minRows={3}
          value={emails}
          onChange={(e) => setEmails(e.currentTarget.value)}
        />
        <Radio.Group value={channel} onChange={(v) => setChannel(v as typeof channel)} label={t('distribute.how')}>
          <Stack gap={4} mt={4}>
            <Radio value="email" label={t('distribute.byEmail')} />
            <Radio value="personal_link" label={t('distribute.byLink')} />
          </Stack>
        </Radio.Group>
        {send.isError && <ProblemAlert error={send.error} />}
        {send.data && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {t('distribute.result', {
                sent: send.data.sent,
                budget: send.data.skipped.contactBudget,
                optedOut: send.data.skipped.optedOut,
              })}
            </Text>
            {channel === 'personal_link' &&
              send.data.links.map((l) => <CopyField key={l.url} value={l.url} label={l.email ?? l.url} />)}
          </Stack>
        )}
        <Button
          type="submit"
          w="fit-content"
          loading={send.isPending}
          disabled={survey.status !== 'open' || !emails.trim()}
        >
          {t('distribute.send')}
        </Button>
      </Stack>
      <Stack gap={4}>
        <Title order={3} fz="md">
          {t('distribute.widget')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('distribute.widgetHelp')}
        </Text>
        <Code block>{snippet}</Code>
      </Stack>
    </Stack>
  );
}
