import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';
import type { Breakdown, Followup, KanoReport, Page, Recovery, ResponseItem, Summary, Survey, SurveyInput, TextReport, Trend } from './types';

export const surveyKeys = {
  all: ['surveys'] as const,
  one: (id: string) => ['surveys', id] as const,
  analytics: (id: string) => ['surveys', id, 'analytics'] as const,
  followups: ['survey-followups'] as const,
};

export type Filter = Record<string, string | undefined>;

export function useSurveys() {
  return useQuery({ queryKey: surveyKeys.all, queryFn: ({ signal }) => api.get<Page<Survey>>('/surveys', { query: { limit: 100 }, signal }) });
}

export function useSurvey(id: string | undefined) {
  return useQuery({ queryKey: surveyKeys.one(id ?? ''), enabled: !!id, queryFn: ({ signal }) => api.get<Survey>(`/surveys/${id}`, { signal }) });
}

export function useSaveSurvey(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyInput) => (id ? api.put<Survey>(`/surveys/${id}`, input) : api.post<Survey>('/surveys', input)),
    onSuccess: (survey) => {
      client.setQueryData(surveyKeys.one(survey.id), survey);
      void client.invalidateQueries({ queryKey: surveyKeys.all, exact: true });
    },
  });
}

export function useSurveyStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: 'open' | 'closed') => api.post<Survey>(`/surveys/${id}/status`, { status }),
    onSuccess: (survey) => {
      client.setQueryData(surveyKeys.one(id), survey);
      void client.invalidateQueries({ queryKey: surveyKeys.all, exact: true });
    },
  });
}

function useAnalytics<T>(id: string, path: string, query: Filter, enabled = true) {
  return useQuery({
    queryKey: [...surveyKeys.analytics(id), path, query],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => api.get<T>(`/surveys/${id}/${path}`, { query, signal }),
  });
}

export const useSummary = (id: string, f: Filter) => useAnalytics<Summary>(id, 'summary', f);
export const useTrend = (id: string, f: Filter, enabled: boolean) => useAnalytics<Trend>(id, 'trend', f, enabled);
export const useBreakdown = (id: string, f: Filter, enabled: boolean) => useAnalytics<Breakdown>(id, 'breakdown', f, enabled);
export const useKano = (id: string, f: Filter) => useAnalytics<KanoReport>(id, 'kano', f);
export const useTextReport = (id: string, f: Filter, enabled: boolean) => useAnalytics<TextReport>(id, 'text', f, enabled);
export const useResponses = (id: string, f: Filter) => useAnalytics<Page<ResponseItem>>(id, 'responses', { limit: '50', ...f });

export function useFollowups(status: 'open' | 'closed') {
  return useQuery({ queryKey: [...surveyKeys.followups, status], queryFn: ({ signal }) => api.get<Page<Followup>>('/survey-followups', { query: { status, limit: 100 }, signal }) });
}
export function useRecovery() {
  return useQuery({ queryKey: [...surveyKeys.followups, 'recovery'], queryFn: ({ signal }) => api.get<Recovery>('/survey-followups/recovery', { signal }) });
}
export function useAssignees() {
  return useQuery({ queryKey: [...surveyKeys.followups, 'assignees'], queryFn: ({ signal }) => api.get<{ items: { id: string; name: string }[] }>('/survey-followups/assignees', { signal }) });
}
export function useUpdateFollowup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: string; assigneeId?: string | null; note?: string; outcome?: string; close?: boolean }) => api.patch<Followup>(`/survey-followups/${id}`, change),
    onSuccess: () => void client.invalidateQueries({ queryKey: surveyKeys.followups }),
  });
}
