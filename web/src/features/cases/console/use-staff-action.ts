import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyOf, Route } from '../../../api/operations';
import { apiRequest } from '../../../ui/api';
import { casesKey } from '../queries';
import type { CaseDetail } from '../types';

type Method = 'post' | 'patch' | 'delete';
type ActionBody<M extends Method, R extends Route<M>> = [BodyOf<M, R>] extends [never] ? void : BodyOf<M, R>;

/** A POST/PATCH/DELETE on a case that answers with the case; the cached case is replaced and lists refreshed. */
export function useStaffAction<R extends Route<M> & `/cases/{id}${string}`, M extends Method = 'post'>(
  id: string,
  path: R,
  method: M = 'post' as M,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody<M, R>) =>
      apiRequest<CaseDetail>(method.toUpperCase(), path, { params: { id }, body: body ?? undefined }),
    onSuccess: (c) => {
      client.setQueryData([...casesKey, 'staff', id], c);
      void client.invalidateQueries({ queryKey: [...casesKey, 'history', id] });
      void client.invalidateQueries({ queryKey: [...casesKey, 'queue'] });
    },
  });
}
