import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { useMe } from '../identity/session';
import type { Stage, ViewerState } from './types';

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

/**
 * My vote and follow for the ideas on screen, signed in only. Lists and idea pages are shared by
 * everyone (the server caches them) and carry neither; the key sits under the list's or page's
 * own, so whatever refreshes that refreshes this too.
 */
function useViewerState(parentKey: readonly unknown[], ids: string[]) {
  const me = useMe();
  const userId = me.data?.user.id;
  const joined = [...ids].sort().join(',');
  const state = useQuery({
    queryKey: [...parentKey, 'mine', userId, joined],
    enabled: Boolean(userId) && joined !== '',
    queryFn: ({ signal }) => api.get('/ideas/viewer-state', { signal, query: { ids: joined } }),
  });
  return useMemo(() => new Map((state.data?.items ?? []).map((s) => [s.ideaId, s] as const)), [state.data]);
}

/** My vote as viewer-state tells it, else as the answer showed it (staff answers carry it). */
const mineOr = (mine: Map<string, ViewerState>, id: string, shown: ViewerState['myVote']) =>
  mine.has(id) ? mine.get(id)!.myVote : shown;

export function useIdeaList(params: IdeaListParams) {
  const key = [...ideasKey, 'list', params] as const;
  const list = useQuery({
    queryKey: key,
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
  const mine = useViewerState(key, list.data?.items.map((i) => i.id) ?? []);
  const data = useMemo(
    () =>
      list.data && {
        ...list.data,
        items: list.data.items.map((i) => ({ ...i, myVote: mineOr(mine, i.id, i.myVote) })),
      },
    [list.data, mine],
  );
  return { ...list, data } as typeof list;
}

export function useIdea(id: string | undefined) {
  const key = [...ideasKey, 'idea', id] as const;
  const idea = useQuery({
    queryKey: key,
    enabled: Boolean(id),
    queryFn: ({ signal }) => api.get('/ideas/{id}', { params: { id: id! }, signal }),
  });
  const mine = useViewerState(key, idea.data ? [idea.data.id] : []);
  const data = useMemo(() => {
    if (!idea.data) return idea.data;
    const own = mine.get(idea.data.id);
    return {
      ...idea.data,
      myVote: own ? own.myVote : idea.data.myVote,
      following: own?.following ?? idea.data.following ?? false,
    };
  }, [idea.data, mine]);
  // The same query, its idea with my vote and follow filled in.
  return { ...idea, data } as UseQueryResult<NonNullable<typeof data>>;
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
