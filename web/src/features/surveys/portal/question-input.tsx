import { Checkbox, Chip, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalText } from '../local-text';
import { scaleOf } from '../path';
import type { AnswerValue, KanoValue, Question } from '../types';

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  labelId: string;
}

const KANO_OPTIONS = ['like', 'expect', 'neutral', 'tolerate', 'dislike'] as const;

/** The answer control of one question; every control is a native input group with a label. */
export function QuestionInput({ question: q, value, onChange, labelId }: Props) {
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  if (q.type === 'nps' || q.type === 'csat' || q.type === 'ces' || q.type === 'rating') {
    const { min, max } = scaleOf(q);
    const ends =
      q.type === 'nps'
        ? [t('answer.npsLow'), t('answer.npsHigh')]
        : q.type === 'ces'
          ? [t('answer.cesLow'), t('answer.cesHigh')]
          : [t('answer.scaleLow'), t('answer.scaleHigh')];
    return (
      <Stack gap={6} role="radiogroup" aria-labelledby={labelId}>
        <Chip.Group
          multiple={false}
          value={typeof value === 'number' ? String(value) : null}
          onChange={(v) => onChange(v === null ? undefined : Number(v))}
        >
          <Group gap={6}>
            {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
              <Chip key={n} value={String(n)} variant="outline" radius="sm" size="md" aria-label={String(n)}>
                {n}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {min} = {ends[0]}
          </Text>
          <Text size="xs" c="dimmed">
            {max} = {ends[1]}
          </Text>
        </Group>
      </Stack>
    );
  }
  if (q.type === 'single') {
    return (
      <Radio.Group
        value={typeof value === 'string' ? value : null}
        onChange={(v) => onChange(v)}
        aria-labelledby={labelId}
      >
        <Stack gap="xs">
          {q.choices!.map((c) => (
            <Radio key={c.id} value={c.id} label={text(c.label)} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }
  if (q.type === 'multiple') {
    return (
      <Checkbox.Group
        value={Array.isArray(value) ? value : []}
        onChange={(v) => onChange(v.length ? v : undefined)}
        aria-labelledby={labelId}
      >
        <Stack gap="xs">
          {q.choices!.map((c) => (
            <Checkbox key={c.id} value={c.id} label={text(c.label)} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }
  if (q.type === 'text') {
    return (
      <Textarea
        aria-labelledby={labelId}
        autosize
        minRows={3}
        maxLength={5000}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.currentTarget.value || undefined)}
      />
    );
  }
  const kano = (value ?? {}) as Partial<KanoValue>;
  const part = (side: 'functional' | 'dysfunctional') => (
    <Radio.Group
      label={text(q.kano![side])}
      value={kano[side] ? String(kano[side]) : null}
      onChange={(v) => {
        const next = { ...kano, [side]: Number(v) };
        onChange(next as KanoValue);
      }}
    >
      <Stack gap={6} mt={6}>
        {KANO_OPTIONS.map((o, i) => (
          <Radio key={o} value={String(i + 1)} label={t(`answer.kano.${o}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
  return (
    <Stack gap="md">
      {part('functional')}
      {part('dysfunctional')}
    </Stack>
  );
}

/** Whether a value is a full answer (a KANO pair needs both sides). */
export function isAnswered(q: Question, value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (q.type === 'kano') {
    const v = value as Partial<KanoValue>;
    return !!v.functional && !!v.dysfunctional;
  }
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}
