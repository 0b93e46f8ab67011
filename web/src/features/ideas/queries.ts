import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import type { Stage } from './types';

export const ideasKey = ['ideas'] as const;

export function useBoards() {
  return useQuery({ queryKey: [...ideasKey, 'boards'], queryFn: ({ signal }) => api.get('/idea-boards', { signal }) });
}

export function useBoard(slug: string | undefined) {
  return useQuery({
    queryKey: [...ideasKey, 'board', slug],
    enabled: Boolean(slug),
    queryFn: ({ signal }) => api.get('/idea-boards/{id}', { params: { id: slug! }, signal }),
  });
}

export function useStatuses() {
  return useQuery({
    queryKey: [...ideasKey, 'statuses'],
    queryFn: ({ signal }) => api.get('/idea-statuses', { signal }),
    staleTime: 60_000,
  });
}

/** The status name in the reader's language. */
export function useStatusName() {
  const { i18n } = useTranslation();
  const statuses = useStatuses();
  const lang = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  return (key: string) => statuses.data?.items.find((s) => s.key === key)?.names[lang] ?? key;
}

export interface IdeaListParams {
  board?: string;
  sort: 'trending' | 'top' | 'new';
  status?: string | null;
  tag?: string | null;
  q?: string;
}

export function useIdeaList(params: IdeaListParams) {
  return useQuery({
    queryKey: [...ideasKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get('/ideas', {
        signal,
        query: {
          ...params,
          status: params.status ?? undefined,
          tag: params.tag ?? undefined,
          limit: 50,
          q: params.q || undefined,
        },
      }),
  });
}

export function useIdea(id: string | undefined) {
  return useQuery({
    queryKey: [...ideasKey, 'idea', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => api.get('/ideas/{id}', { params: { id: id! }, signal }),
  });
}

// Filled shade-8/9 colours keep white badge text above WCAG AA (4.5:1).
export const stageColor: Record<Stage, string> = {
  open: 'gray.8',
  review: 'cyan.9',
  planned: 'blue.9',
  in_progress: 'violet.9',
  shipped: 'green.9',
  declined: 'red.9',
};
