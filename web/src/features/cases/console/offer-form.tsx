import { ActionIcon, Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useRemedyLabel } from '../queries';
import type { CaseDetail } from '../types';
import { useStaffAction } from './use-staff-action';

interface Draft {
  remedy: string | null;
  terms: string;
  slots: { startsAt: string; endsAt: string }[];
}
const emptyDraft = (): Draft => ({ remedy: null, terms: '', slots: [] });

/** Offers remedies from the workspace menu, each with terms and optional appointment slots. */
export function OfferForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const label = useRemedyLabel(detail.remedyMenu);
  const [drafts, setDrafts] = useState<Draft[]>([emptyDraft()]);
  const offer = useStaffAction(detail.id, '/cases/{id}/offers');
  const update = (i: number, d: Partial<Draft>) => setDrafts(drafts.map((x, j) => (j === i ? { ...x, ...d } : x)));
  const submit = () =>
    offer.mutate(
      {
        offers: drafts.map((d) => ({
          remedy: d.remedy ?? '',
          terms: d.terms,
          slots: d.slots
            .filter((s) => s.startsAt && s.endsAt)
            .map((s) => ({ startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString() })),
        })),
      },
      { onSuccess: () => setDrafts([emptyDraft()]) },
    );
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('offers.formTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('offers.formIntro')}
        </Text>
        {drafts.map((d, i) => (
          <Card key={i} withBorder p="sm" aria-label={t('offers.optionN', { n: i + 1 })} component="fieldset">
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={600}>{t('offers.optionN', { n: i + 1 })}</Text>
                {drafts.length > 1 && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
                  >
                    {t('offers.removeOption')}
                  </Button>
                )}
              </Group>
              <Select
                label={t('offers.remedy')}
                required
                value={d.remedy}
                onChange={(v) => update(i, { remedy: v })}
                data={detail.remedyMenu.map((r) => ({ value: r.key, label: label(r.key) }))}
              />
              <Textarea
                label={t('offers.terms')}
                required
                value={d.terms}
                onChange={(e) => update(i, { terms: e.currentTarget.value })}
                autosize
                minRows={2}
              />
              {d.slots.map((s, k) => (
                <Group key={k} align="flex-end" wrap="wrap" gap="xs">
                  <TextInput
                    type="datetime-local"
                    label={t('offers.slotStart', { n: k + 1 })}
                    value={s.startsAt}
                    onChange={(e) =>
                      update(i, {
                        slots: d.slots.map((x, m) => (m === k ? { ...x, startsAt: e.currentTarget.value } : x)),
                      })
                    }
                  />
                  <TextInput
                    type="datetime-local"
                    label={t('offers.slotEnd', { n: k + 1 })}
                    value={s.endsAt}
                    onChange={(e) =>
                      update(i, {
                        slots: d.slots.map((x, m) => (m === k ? { ...x, endsAt: e.currentTarget.value } : x)),
                      })
                    }
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('offers.removeSlot', { n: k + 1 })}
                    onClick={() => update(i, { slots: d.slots.filter((_, m) => m !== k) })}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => update(i, { slots: [...d.slots, { startsAt: '', endsAt: '' }] })}
                >
                  {t('offers.addSlot')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
        {offer.error && <ProblemAlert error={offer.error} />}
        <Group wrap="wrap">
          <Button variant="default" onClick={() => setDrafts([...drafts, emptyDraft()])} disabled={drafts.length >= 6}>
            {t('offers.addOption')}
          </Button>
          <Button type="submit" loading={offer.isPending}>
            {t('offers.send')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
