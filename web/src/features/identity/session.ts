import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../ui/api';
import type { Me } from './types';

export const meKey = ['me'] as const;
export const siteKey = ['site'] as const;

/** The signed-in person and their workspace; `null` when signed out (a 401). */
export const meQuery = queryOptions({
  queryKey: meKey,
  queryFn: async ({ signal }) => {
    try {
      return await api.get('/me', { signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
});

/** Whether first-run setup is needed, and the workspace the portal shows. */
export const siteQuery = queryOptions({ queryKey: siteKey, queryFn: ({ signal }) => api.get('/site', { signal }) });

/** The signed-in person and their workspace; `null` when signed out (a 401). */
export function useMe() {
  return useQuery(meQuery);
}

/** Whether first-run setup is needed, and the workspace the portal shows. */
export function useSite() {
  return useQuery(siteQuery);
}

const notSession = (key: readonly unknown[]) => key[0] !== meKey[0];

/** After a sign-in (or workspace switch): the new person is known, everything else is refetched. */
export function signedIn(client: QueryClient, me: Me): void {
  client.setQueryData(meKey, me);
  void client.invalidateQueries({ predicate: (query) => notSession(query.queryKey) });
}

/** After a sign-out: forget everything that belonged to the session. */
export function signedOut(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => notSession(query.queryKey) && query.queryKey[0] !== siteKey[0] });
  client.setQueryData(meKey, null);
}

/** Binds signedIn/signedOut to the app's query client. */
export function useSessionChange() {
  const client = useQueryClient();
  return {
    signedIn: useCallback((me: Me) => signedIn(client, me), [client]),
    signedOut: useCallback(() => signedOut(client), [client]),
  };
}

/** Signs out, then goes to `to`; `replace` where the page left behind must not be gone back to. */
export function useSignOut(to: string, { replace = false }: { replace?: boolean } = {}) {
  const navigate = useNavigate();
  const { signedOut } = useSessionChange();
  return useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    onSettled: () => {
      // Leave first, so a page that needs a session does not redirect elsewhere on its own.
      void Promise.resolve(navigate(to, { replace, flushSync: true })).then(signedOut);
    },
  });
}
