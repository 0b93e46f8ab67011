import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../ui/api';
import { casesKey } from '../queries';
import type { CaseDetail } from '../types';

/** A POST/PATCH on a case that answers with the case; the cached case is replaced and lists refreshed. */
export function useStaffAction(id: string, path: string, method: 'post' | 'patch' | 'delete' = 'post') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body?: unknown) => {
      const url = path ? `/cases/${id}/${path}` : `/cases/${id}`;
      return method === 'delete' ? api.delete<CaseDetail>(url) : api[method]<CaseDetail>(url, body ?? {});
    },
    onSuccess: (c) => {
      client.setQueryData([...casesKey, 'staff', id], c);
      void client.invalidateQueries({ queryKey: [...casesKey, 'history', id] });
      void client.invalidateQueries({ queryKey: [...casesKey, 'queue'] });
    },
  });
}
