import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import type { RemedyOption } from './types';

export const casesKey = ['cases'] as const;

/** Uploads a photo through the files module (type-checked, location metadata stripped). */
export const uploadPhoto = (file: File) => api.upload('/files', file, { query: { purpose: 'case_photo' } });

export const uploadAll = async (files: File[]) => {
  const ids: string[] = [];
  for (const f of files) ids.push((await uploadPhoto(f)).id);
  return ids;
};

export function useOwnCase(id: string | undefined) {
  return useQuery({
    queryKey: [...casesKey, 'own', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => api.get('/my/cases/{id}', { params: { id: id! }, signal }),
  });
}

export function useStaffCase(id: string | undefined) {
  return useQuery({
    queryKey: [...casesKey, 'staff', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) => api.get('/cases/{id}', { params: { id: id! }, signal }),
  });
}

export function useCaseSettings() {
  return useQuery({
    queryKey: [...casesKey, 'settings'],
    queryFn: ({ signal }) => api.get('/cases/settings', { signal }),
  });
}
export function useTeams() {
  return useQuery({ queryKey: [...casesKey, 'teams'], queryFn: ({ signal }) => api.get('/case-teams', { signal }) });
}
export function useRootCauses() {
  return useQuery({
    queryKey: [...casesKey, 'causes'],
    queryFn: ({ signal }) => api.get('/case-root-causes', { signal }),
  });
}
export function useMacros() {
  return useQuery({ queryKey: [...casesKey, 'macros'], queryFn: ({ signal }) => api.get('/case-macros', { signal }) });
}
export function useAgents() {
  return useQuery({
    queryKey: [...casesKey, 'agents'],
    queryFn: ({ signal }) => api.get('/members', { signal, query: { limit: 100 } }),
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
