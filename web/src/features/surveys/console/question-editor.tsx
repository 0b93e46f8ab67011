import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyText, useLocalText } from '../local-text';
import type { Branch, Question, QuestionType } from '../types';
import { LocalTextInput } from './local-text-input';

export const QUESTION_TYPES: QuestionType[] = ['nps', 'csat', 'ces', 'rating', 'single', 'multiple', 'text', 'kano'];

/** A new question of a type, with the standard wording of NPS and CES filled in. */
export function newQuestion(type: QuestionType, taken: string[]): Question {
  let n = 1;
  while (taken.includes(`${type}-${n}`)) n++;
  const q: Question = { id: `${type}-${n}`, type, title: emptyText(), required: false, branches: [] };
  if (type === 'nps')
    q.title = {
      en: 'How likely are you to recommend us to a friend or colleague?',
      'zh-CN': '您向朋友或同事推荐我们的可能性有多大？',
    };
  if (type === 'ces')
    q.title = { en: 'The company made it easy for me to handle my issue.', 'zh-CN': '公司让我的问题处理起来很容易。' };
  if (type === 'csat') q.scale = { min: 1, max: 5 };
  if (type === 'rating') q.scale = { min: 1, max: 5 };
  if (type === 'single' || type === 'multiple')
    q.choices = [
      { id: 'a', label: emptyText() },
      { id: 'b', label: emptyText() },
    ];
  if (type === 'kano') q.kano = { functional: emptyText(), dysfunctional: emptyText(), ideaId: null };
  return q;
}

interface Props {
  question: Question;
  index: number;
  later: Question[];
  onChange: (q: Question) => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
}

export function QuestionEditor({ question: q, index, later, onChange, onRemove, onMove }: Props) {
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  const set = (patch: Partial<Question>) => onChange({ ...q, ...patch });
  const branch: Branch | undefined = q.branches[0];
  const numeric = ['nps', 'csat', 'ces', 'rating'].includes(q.type);
  return (
    <Paper withBorder p="md" radius="md" component="section" role="group" aria-labelledby={`question-${index}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} id={`question-${index}`}>
            {index + 1}. {t(`types.${q.type}`)}{' '}
            <Text span c="dimmed" size="sm">
              ({q.id})
            </Text>
          </Text>
          <Group gap={4}>
            <ActionIcon variant="subtle" onClick={() => onMove(-1)} aria-label={t('builder.moveUp')}>
              ↑
            </ActionIcon>
            <ActionIcon variant="subtle" onClick={() => onMove(1)} aria-label={t('builder.moveDown')}>
              ↓
            </ActionIcon>
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              {t('builder.remove')}
            </Button>
          </Group>
        </Group>
        <LocalTextInput
          label={q.type === 'kano' ? t('builder.feature') : t('builder.questionText')}
          value={q.title}
          onChange={(title) => set({ title })}
        />
        {(q.type === 'csat' || q.type === 'rating') && (
          <Group grow>
            <NumberInput
              label={t('builder.scaleMin')}
              min={0}
              max={1}
              value={q.scale?.min ?? 1}
              onChange={(v) => set({ scale: { min: Number(v), max: q.scale?.max ?? 5 } })}
            />
            <NumberInput
              label={t('builder.scaleMax')}
              min={2}
              max={10}
              value={q.scale?.max ?? 5}
              onChange={(v) => set({ scale: { min: q.scale?.min ?? 1, max: Number(v) } })}
            />
          </Group>
        )}
        {q.choices && (
          <Stack gap="xs">
            {q.choices.map((c, i) => (
              <Group key={c.id} align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <LocalTextInput
                    label={t('builder.choice', { n: i + 1 })}
                    value={c.label}
                    onChange={(label) => set({ choices: q.choices!.map((x) => (x.id === c.id ? { ...x, label } : x)) })}
                  />
                </div>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  disabled={q.choices!.length <= 2}
                  onClick={() => set({ choices: q.choices!.filter((x) => x.id !== c.id) })}
                >
                  {t('builder.remove')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() =>
                  set({ choices: [...q.choices!, { id: `c${Date.now().toString(36)}`, label: emptyText() }] })
                }
              >
                {t('builder.addChoice')}
              </Button>
            </Group>
          </Stack>
        )}
        {q.kano && (
          <>
            <LocalTextInput
              label={t('builder.functional')}
              value={q.kano.functional}
              onChange={(functional) => set({ kano: { ...q.kano!, functional } })}
            />
            <LocalTextInput
              label={t('builder.dysfunctional')}
              value={q.kano.dysfunctional}
              onChange={(dysfunctional) => set({ kano: { ...q.kano!, dysfunctional } })}
            />
            <TextInput
              label={t('builder.ideaId')}
              description={t('builder.ideaIdHelp')}
              value={q.kano.ideaId ?? ''}
              onChange={(e) => set({ kano: { ...q.kano!, ideaId: e.currentTarget.value.trim() || null } })}
            />
          </>
        )}
        <Checkbox
          label={t('builder.required')}
          checked={q.required}
          onChange={(e) => set({ required: e.currentTarget.checked })}
        />
        {(numeric || q.type === 'single') && (
          <Group align="flex-end" wrap="wrap" gap="xs">
            <Select
              label={t('builder.branchIf')}
              w={150}
              clearable
              data={
                numeric
                  ? [
                      { value: 'lte', label: t('builder.ops.lte') },
                      { value: 'gte', label: t('builder.ops.gte') },
                      { value: 'eq', label: t('builder.ops.eq') },
                    ]
                  : [{ value: 'eq', label: t('builder.ops.eq') }]
              }
              value={branch?.when.op ?? null}
              onChange={(op) =>
                set({
                  branches: op
                    ? [
                        {
                          when: {
                            op: op as Branch['when']['op'],
                            value: branch?.when.value ?? (numeric ? 6 : q.choices![0]!.id),
                          },
                          goTo: branch?.goTo ?? 'end',
                        },
                      ]
                    : [],
                })
              }
            />
            {branch &&
              (numeric ? (
                <NumberInput
                  label={t('builder.branchValue')}
                  w={110}
                  value={Number(branch.when.value ?? 0)}
                  onChange={(v) => set({ branches: [{ ...branch, when: { ...branch.when, value: Number(v) } }] })}
                />
              ) : (
                <Select
                  label={t('builder.branchValue')}
                  w={180}
                  data={q.choices!.map((c) => ({ value: c.id, label: text(c.label) || c.id }))}
                  value={String(branch.when.value ?? '')}
                  onChange={(v) => v && set({ branches: [{ ...branch, when: { ...branch.when, value: v } }] })}
                />
              ))}
            {branch && (
              <Select
                label={t('builder.goTo')}
                w={200}
                data={[
                  ...later.map((l) => ({ value: l.id, label: `${l.id} · ${text(l.title) || t(`types.${l.type}`)}` })),
                  { value: 'end', label: t('builder.end') },
                ]}
                value={branch.goTo}
                onChange={(v) => v && set({ branches: [{ ...branch, goTo: v }] })}
              />
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
