import { Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../../api/operations';
import { api } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey, useRemedyLabel } from '../queries';
import type { CaseDetail, Slot } from '../types';

export const slotText = (s: Slot, language: string) =>
  `${formatDateTime(s.startsAt, language)} – ${new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(s.endsAt))}`;

/** The customer chooses one remedy (and an appointment slot) or declines them all, saying why. */
export function OfferChoice({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation('cases');
  const client = useQueryClient();
  const remedyLabel = useRemedyLabel(detail.remedyMenu);
  const open = detail.offers.filter((o) => o.status === 'offered');
  const [choice, setChoice] = useState<string>('');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (body: BodyOf<'post', '/my/cases/{id}/decision'>) =>
      api.post('/my/cases/{id}/decision', body, { params: { id: detail.id } }),
    onSuccess: (c) => client.setQueryData([...casesKey, 'own', detail.id], c),
  });
  const [offerId, slotId] = choice.split('|');
  return (
    <Card withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('offers.chooseTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('offers.chooseIntro')}
        </Text>
        <Radio.Group value={choice} onChange={setChoice} label={t('offers.options')}>
          <Stack gap="sm" mt="xs">
            {open.map((o) => (
              <Card key={o.id} withBorder p="sm">
                <Text fw={600}>{remedyLabel(o.remedy)}</Text>
                <Text size="sm" mb="xs">
                  {o.terms}
                </Text>
                {o.slots.length === 0 ? (
                  <Radio value={o.id} label={t('offers.chooseThis')} />
                ) : (
                  <Stack gap={6}>
                    <Text size="sm" c="dimmed">
                      {t('offers.slots')}
                    </Text>
                    {o.slots.map((s) => (
                      <Radio key={s.id} value={`${o.id}|${s.id}`} label={slotText(s, i18n.language)} />
                    ))}
                  </Stack>
                )}
              </Card>
            ))}
          </Stack>
        </Radio.Group>
        {decide.error && <ProblemAlert error={decide.error} />}
        <Group wrap="wrap">
          <Button
            disabled={!choice}
            loading={decide.isPending && !declining}
            onClick={() => offerId && decide.mutate({ accept: true, offerId, ...(slotId ? { slotId } : {}) })}
          >
            {t('offers.accept')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setDeclining((d) => !d)}>
            {t('offers.declineAll')}
          </Button>
        </Group>
        {declining && (
          <Stack
            component="form"
            gap="xs"
            onSubmit={(e) => {
              e.preventDefault();
              decide.mutate({ accept: false, reason });
            }}
          >
            <Textarea
              label={t('offers.declineReason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Button type="submit" color="red" variant="light" loading={decide.isPending}>
              {t('offers.sendDecline')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
