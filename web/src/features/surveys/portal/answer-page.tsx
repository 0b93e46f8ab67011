import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import type { Language } from '../../../i18n/language';
import { api, ApiError } from '../../../ui/api';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useLocalText } from '../local-text';
import { pathThrough } from '../path';
import type { AnswerValue, ResponseState } from '../types';
import { isAnswered, QuestionInput } from './question-input';

const storageKey = (slug: string) => `cocreate.survey.${slug}`;

/** Starts a response, or resumes the one this browser left unfinished. */
async function openResponse(
  slug: string,
  invitation: string | null,
  locale: Language,
  touchpoint: string | null,
): Promise<ResponseState> {
  const saved = invitation ? null : localStorage.getItem(storageKey(slug));
  if (saved) {
    try {
      const { id, token } = JSON.parse(saved) as { id: string; token: string };
      const state = await api.get('/survey-responses/{id}', { params: { id }, query: { token } });
      // The API leaves answers open; they are what this page sent.
      if (state.status === 'in_progress') return state as ResponseState;
    } catch {
      /* a stale or completed response: start a new one */
    }
  }
  const state = await api.post(
    '/s/{slug}/responses',
    {
      locale,
      channel: 'link',
      ...(invitation ? { invitation } : {}),
      ...(touchpoint ? { touchpoint } : {}),
    },
    { params: { slug } },
  );
  localStorage.setItem(storageKey(slug), JSON.stringify({ id: state.id, token: state.token }));
  return state as ResponseState;
}

export function AnswerPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation('surveys');
  const text = useLocalText();
  const survey = useQuery({
    queryKey: ['public-survey', slug],
    queryFn: ({ signal }) => api.get('/s/{slug}', { params: { slug }, signal }),
  });
  const [state, setState] = useState<ResponseState | null>(null);
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [step, setStep] = useState(-1);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const path = useMemo(() => (state ? pathThrough(state.survey.questions, answers) : []), [state, answers]);
  const question = step >= 0 ? path[step] : undefined;

  useEffect(() => {
    document.title = survey.data ? text(survey.data.title) : t('answer.documentTitle');
  }, [survey.data, text, t]);

  if (survey.isPending) return <PageLoader />;
  if (survey.isError) return <ProblemAlert error={survey.error} />;
  const s = survey.data;

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const opened = await openResponse(
        slug,
        params.get('t'),
        i18n.language.startsWith('en') ? 'en' : 'zh-CN',
        params.get('touchpoint'),
      );
      setState(opened);
      setAnswers(opened.answers);
      const resumedAt = pathThrough(opened.survey.questions, opened.answers).findIndex(
        (q) => opened.answers[q.id] === undefined,
      );
      setStep(Math.max(0, resumedAt));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function save(complete: boolean) {
    if (!state || !question) return;
    setBusy(true);
    setError(null);
    try {
      const onPath = Object.fromEntries(
        Object.entries(answers).filter(([id]) => (complete ? path.some((q) => q.id === id) : id === question.id)),
      );
      const next = await api.put(
        '/survey-responses/{id}',
        { token: state.token, answers: onPath, complete },
        { params: { id: state.id } },
      );
      if (complete) {
        localStorage.removeItem(storageKey(slug));
        setDone(true);
      } else setStep(step + 1);
      setState({ ...state, status: next.status });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'response_completed') localStorage.removeItem(storageKey(slug));
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const last = step === path.length - 1;
  const canGoOn = question ? !question.required || isAnswered(question, answers[question.id]) : false;
  const labelId = `q-${question?.id ?? ''}`;

  return (
    <Stack maw={640} mx="auto" gap="lg" py="md">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {text(s.title)}
      </Title>
      {done ? (
        <Alert color="teal" variant="light" title={t('answer.thanksTitle')} role="status">
          <Text>{text(s.thanks)}</Text>
        </Alert>
      ) : s.closedReason ? (
        <Alert color="gray" variant="light" title={t('answer.closed')}>
          {t('answer.closedText')}
        </Alert>
      ) : step < 0 ? (
        <Stack gap="md">
          <Text>{text(s.welcome)}</Text>
          {s.anonymous && (
            <Text size="sm" c="dimmed">
              {t('answer.anonymous')}
            </Text>
          )}
          {error !== null && <ProblemAlert error={error} />}
          <Group>
            <Button onClick={() => void start()} loading={busy}>
              {t('answer.start')}
            </Button>
          </Group>
        </Stack>
      ) : question ? (
        <Paper
          withBorder
          p={{ base: 'md', sm: 'lg' }}
          radius="md"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save(last);
          }}
        >
          <Stack gap="md">
            <Progress
              value={((step + 1) / path.length) * 100}
              aria-label={t('answer.progress', { current: step + 1, total: path.length })}
            />
            <Text size="sm" c="dimmed">
              {t('answer.progress', { current: step + 1, total: path.length })}
            </Text>
            <Title order={2} fz="lg" id={labelId}>
              {text(question.title)}
              {question.required && (
                <Text span c="red" aria-label={t('answer.required')}>
                  {' '}
                  *
                </Text>
              )}
            </Title>
            <QuestionInput
              question={question}
              value={answers[question.id]}
              labelId={labelId}
              onChange={(v) =>
                setAnswers((a) => {
                  const next = { ...a };
                  if (v === undefined) delete next[question.id];
                  else next[question.id] = v;
                  return next;
                })
              }
            />
            {error !== null && <ProblemAlert error={error} />}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0 || busy}>
                {t('answer.back')}
              </Button>
              <Button type="submit" loading={busy} disabled={!canGoOn}>
                {last ? t('answer.submit') : t('answer.next')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
