import { Button, Checkbox, Group, Menu, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage, ConsoleSection } from '../../../ui/console-page';
import { emptyText } from '../local-text';
import { useSaveSurvey, useSurvey } from '../queries';
import type { Survey, SurveyInput } from '../types';
import { LocalTextInput } from './local-text-input';
import { newQuestion, QUESTION_TYPES, QuestionEditor } from './question-editor';

const blank = (): SurveyInput => ({
  slug: '',
  title: emptyText(),
  welcome: emptyText(),
  thanks: { en: 'Thank you for your answers!', 'zh-CN': '感谢您的回答！' },
  questions: [newQuestion('nps', [])],
  opensAt: null,
  closesAt: null,
  samplingRate: 1,
  quota: null,
  contactCooldownDays: null,
  triggerEvents: [],
  widgetEvents: [],
  audience: {},
  feedbackButton: false,
  anonymous: false,
});

function inputOf(s: Survey): SurveyInput {
  const { id: _id, status: _s, completedCount: _c, publicPath: _p, createdAt: _a, updatedAt: _u, ...input } = s;
  return input;
}

const list = (s: string) =>
  s
    .split(/[\s,，]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const toLocalInput = (iso: string | null) =>
  iso ? new Date(new Date(iso).getTime() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16) : '';
const fromLocalInput = (v: string) => (v ? new Date(v).toISOString() : null);

/** Builds or edits a survey: texts in both languages, questions with branching, distribution rules. */
export function SurveyBuilderPage() {
  const { id } = useParams();
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const existing = useSurvey(id);
  const save = useSaveSurvey(id);
  const [form, setForm] = useState<SurveyInput | null>(id ? null : blank());
  const [audienceText, setAudienceText] = useState('');

  useEffect(() => {
    if (existing.data && !form) {
      setForm(inputOf(existing.data));
      setAudienceText(
        Object.entries(existing.data.audience)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n'),
      );
    }
  }, [existing.data, form]);

  if (id && existing.isError) return <ProblemAlert error={existing.error} />;
  if (!form) return <PageLoader />;
  const set = (patch: Partial<SurveyInput>) => setForm({ ...form, ...patch });
  const setQuestions = (questions: SurveyInput['questions']) => set({ questions });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const audience = Object.fromEntries(
      audienceText
        .split('\n')
        .map((l) => l.split('=').map((x) => x.trim()))
        .filter((p) => p.length === 2 && p[0])
        .map(([k, v]) => [k, v]),
    );
    save.mutate({ ...form!, audience }, { onSuccess: (s) => navigate(`/console/surveys/${s.id}`) });
  }

  return (
    <ConsolePage title={id ? t('builder.editTitle') : t('builder.newTitle')} intro={t('builder.intro')} managersOnly>
      <Stack component="form" gap="lg" onSubmit={submit}>
        <ConsoleSection id="survey-texts" title={t('builder.texts')}>
          <TextInput
            label={t('builder.slug')}
            description={t('builder.slugHelp')}
            required
            value={form.slug}
            onChange={(e) => set({ slug: e.currentTarget.value.toLowerCase() })}
          />
          <LocalTextInput label={t('builder.title')} value={form.title} onChange={(title) => set({ title })} />
          <LocalTextInput
            label={t('builder.welcome')}
            value={form.welcome}
            onChange={(welcome) => set({ welcome })}
            multiline
          />
          <LocalTextInput
            label={t('builder.thanks')}
            value={form.thanks}
            onChange={(thanks) => set({ thanks })}
            multiline
          />
        </ConsoleSection>
        <ConsoleSection id="survey-questions" title={t('builder.questions')}>
          {form.questions.map((q, i) => (
            <QuestionEditor
              key={i}
              question={q}
              index={i}
              later={form.questions.slice(i + 1)}
              onChange={(next) => setQuestions(form.questions.map((x, j) => (j === i ? next : x)))}
              onRemove={() => setQuestions(form.questions.filter((_, j) => j !== i))}
              onMove={(delta) => {
                const j = i + delta;
                if (j < 0 || j >= form.questions.length) return;
                const next = [...form.questions];
                [next[i], next[j]] = [next[j]!, next[i]!];
                setQuestions(next);
              }}
            />
          ))}
          <Menu>
            <Menu.Target>
              <Button variant="light" w="fit-content">
                {t('builder.addQuestion')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {QUESTION_TYPES.map((type) => (
                <Menu.Item
                  key={type}
                  onClick={() =>
                    setQuestions([
                      ...form.questions,
                      newQuestion(
                        type,
                        form.questions.map((q) => q.id),
                      ),
                    ])
                  }
                >
                  {t(`types.${type}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </ConsoleSection>
        <ConsoleSection
          id="survey-distribution"
          title={t('builder.distribution')}
          intro={t('builder.distributionIntro')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('builder.opensAt')}
              value={toLocalInput(form.opensAt)}
              onChange={(e) => set({ opensAt: fromLocalInput(e.currentTarget.value) })}
            />
            <TextInput
              type="datetime-local"
              label={t('builder.closesAt')}
              value={toLocalInput(form.closesAt)}
              onChange={(e) => set({ closesAt: fromLocalInput(e.currentTarget.value) })}
            />
            <NumberInput
              label={t('builder.sampling')}
              description={t('builder.samplingHelp')}
              min={1}
              max={100}
              suffix="%"
              value={Math.round(form.samplingRate * 100)}
              onChange={(v) => set({ samplingRate: Math.min(1, Math.max(0.01, Number(v) / 100)) })}
            />
            <NumberInput
              label={t('builder.quota')}
              description={t('builder.quotaHelp')}
              min={1}
              value={form.quota ?? ''}
              onChange={(v) => set({ quota: v === '' ? null : Number(v) })}
            />
            <NumberInput
              label={t('builder.cooldown')}
              description={t('builder.cooldownHelp')}
              min={0}
              max={365}
              value={form.contactCooldownDays ?? ''}
              onChange={(v) => set({ contactCooldownDays: v === '' ? null : Number(v) })}
            />
            <TextInput
              label={t('builder.triggerEvents')}
              description={t('builder.triggerEventsHelp')}
              value={form.triggerEvents.join(', ')}
              onChange={(e) => set({ triggerEvents: list(e.currentTarget.value) })}
            />
            <TextInput
              label={t('builder.widgetEvents')}
              description={t('builder.widgetEventsHelp')}
              value={form.widgetEvents.join(', ')}
              onChange={(e) => set({ widgetEvents: list(e.currentTarget.value) })}
            />
            <Textarea
              label={t('builder.audience')}
              description={t('builder.audienceHelp')}
              autosize
              minRows={2}
              value={audienceText}
              onChange={(e) => setAudienceText(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Checkbox
            label={t('builder.feedbackButton')}
            checked={form.feedbackButton}
            onChange={(e) => set({ feedbackButton: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('builder.anonymous')}
            checked={form.anonymous}
            onChange={(e) => set({ anonymous: e.currentTarget.checked })}
          />
        </ConsoleSection>
        {save.isError && <ProblemAlert error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('builder.save')}
          </Button>
        </Group>
      </Stack>
    </ConsolePage>
  );
}
