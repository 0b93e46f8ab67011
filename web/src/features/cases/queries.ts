import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../ui/api';
import type { CaseDetail, CaseSettings, Macro, RemedyOption, RootCause, Team } from './types';

export const casesKey = ['cases'] as const;

/** Uploads a photo through the files module (type-checked, location metadata stripped). */
export async function uploadPhoto(file: File): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch('/api/v1/files?purpose=case_photo', { method: 'POST', body: form, credentials: 'include', headers: { 'x-requested-with': 'cocreate' } });
  if (!res.ok) throw new ApiError({ type: 'about:blank', title: res.statusText, status: res.status, ...(await res.json().catch(() => ({}))) });
  return res.json();
}

export const uploadAll = async (files: File[]) => {
  const ids: string[] = [];
  for (const f of files) ids.push((await uploadPhoto(f)).id);
  return ids;
};

export function useOwnCase(id: string | undefined) {
  return useQuery({ queryKey: [...casesKey, 'own', id], enabled: Boolean(id), queryFn: ({ signal }) => api.get<CaseDetail>(`/my/cases/${id}`, { signal }) });
}

export function useStaffCase(id: string | undefined) {
  return useQuery({ queryKey: [...casesKey, 'staff', id], enabled: Boolean(id), queryFn: ({ signal }) => api.get<CaseDetail>(`/cases/${id}`, { signal }) });
}

export function useCaseSettings() {
  return useQuery({ queryKey: [...casesKey, 'settings'], queryFn: ({ signal }) => api.get<CaseSettings>('/cases/settings', { signal }) });
}
export function useTeams() {
  return useQuery({ queryKey: [...casesKey, 'teams'], queryFn: ({ signal }) => api.get<{ items: Team[] }>('/case-teams', { signal }) });
}
export function useRootCauses() {
  return useQuery({ queryKey: [...casesKey, 'causes'], queryFn: ({ signal }) => api.get<{ items: RootCause[] }>('/case-root-causes', { signal }) });
}
export function useMacros() {
  return useQuery({ queryKey: [...casesKey, 'macros'], queryFn: ({ signal }) => api.get<{ items: Macro[] }>('/case-macros', { signal }) });
}
export function useAgents() {
  return useQuery({
    queryKey: [...casesKey, 'agents'],
    queryFn: ({ signal }) => api.get<{ items: { id: string; displayName: string; role: string }[] }>('/members', { signal, query: { limit: 100 } }),
    select: (d) => d.items.filter((m) => ['owner', 'admin', 'agent'].includes(m.role)),
  });
}

/** A remedy's name in the reader's language. */
export function useRemedyLabel(menu: RemedyOption[] | undefined) {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (key: string) => {
    const option = menu?.find((r) => r.key === key);
    return option ? (zh ? option.labelZh : option.labelEn) : key;
  };
}
