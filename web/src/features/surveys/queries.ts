import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyOf, QueryOf } from '../../api/operations';
import { api } from '../../ui/api';
import type { ResponseItem, SurveyInput } from './types';

export const surveyKeys = {
  all: ['surveys'] as const,
  one: (id: string) => ['surveys', id] as const,
  analytics: (id: string) => ['surveys', id, 'analytics'] as const,
  followups: ['survey-followups'] as const,
};

export type Filter = Record<string, string | undefined>;

export function useSurveys() {
  return useQuery({
    queryKey: surveyKeys.all,
    queryFn: ({ signal }) => api.get('/surveys', { query: { limit: 100 }, signal }),
  });
}

export function useSurvey(id: string | undefined) {
  return useQuery({
    queryKey: surveyKeys.one(id ?? ''),
    enabled: !!id,
    queryFn: ({ signal }) => api.get('/surveys/{id}', { params: { id: id! }, signal }),
  });
}

export function useSaveSurvey(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyInput) =>
      id ? api.put('/surveys/{id}', input, { params: { id } }) : api.post('/surveys', input),
    onSuccess: (survey) => {
      client.setQueryData(surveyKeys.one(survey.id), survey);
      void client.invalidateQueries({ queryKey: surveyKeys.all, exact: true });
    },
  });
}

export function useSurveyStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: 'open' | 'closed') => api.post('/surveys/{id}/status', { status }, { params: { id } }),
    onSuccess: (survey) => {
      client.setQueryData(surveyKeys.one(id), survey);
      void client.invalidateQueries({ queryKey: surveyKeys.all, exact: true });
    },
  });
}

function useAnalytics<T>(
  id: string,
  name: string,
  query: object,
  load: (signal: AbortSignal) => Promise<T>,
  enabled = true,
) {
  return useQuery({
    queryKey: [...surveyKeys.analytics(id), name, query],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => load(signal),
  });
}

export const useSummary = (id: string, f: Filter) =>
  useAnalytics(id, 'summary', f, (signal) => api.get('/surveys/{id}/summary', { params: { id }, query: f, signal }));
export const useTrend = (id: string, f: QueryOf<'get', '/surveys/{id}/trend'>, enabled: boolean) =>
  useAnalytics(
    id,
    'trend',
    f,
    (signal) => api.get('/surveys/{id}/trend', { params: { id }, query: f, signal }),
    enabled,
  );
export const useBreakdown = (id: string, f: QueryOf<'get', '/surveys/{id}/breakdown'>, enabled: boolean) =>
  useAnalytics(
    id,
    'breakdown',
    f,
    (signal) => api.get('/surveys/{id}/breakdown', { params: { id }, query: f, signal }),
    enabled,
  );
export const useKano = (id: string, f: Filter) =>
  useAnalytics(id, 'kano', f, (signal) => api.get('/surveys/{id}/kano', { params: { id }, query: f, signal }));
export const useTextReport = (id: string, f: QueryOf<'get', '/surveys/{id}/text'>, enabled: boolean) =>
  useAnalytics(id, 'text', f, (signal) => api.get('/surveys/{id}/text', { params: { id }, query: f, signal }), enabled);
export const useResponses = (id: string, f: Filter) =>
  useAnalytics(id, 'responses', f, async (signal) => {
    const page = await api.get('/surveys/{id}/responses', { params: { id }, query: { limit: 50, ...f }, signal });
    return page as Omit<typeof page, 'items'> & { items: ResponseItem[] };
  });

export function useFollowups(status: 'open' | 'closed') {
  return useQuery({
    queryKey: [...surveyKeys.followups, status],
    queryFn: ({ signal }) => api.get('/survey-followups', { query: { status, limit: 100 }, signal }),
  });
}
export function useRecovery() {
  return useQuery({
    queryKey: [...surveyKeys.followups, 'recovery'],
    queryFn: ({ signal }) => api.get('/survey-followups/recovery', { signal }),
  });
}
export function useAssignees() {
  return useQuery({
    queryKey: [...surveyKeys.followups, 'assignees'],
    queryFn: ({ signal }) => api.get('/survey-followups/assignees', { signal }),
  });
}
export function useUpdateFollowup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: string } & BodyOf<'patch', '/survey-followups/{id}'>) =>
      api.patch('/survey-followups/{id}', change, { params: { id } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: surveyKeys.followups }),
  });
}
