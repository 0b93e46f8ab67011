import { useTranslation } from 'react-i18next';
import type { LocalText } from './types';

/** Picks the reader's language from a bilingual text. */
export function pick(text: LocalText | undefined, language: string): string {
  if (!text) return '';
  return language.startsWith('en') ? text.en : text['zh-CN'];
}

export function useLocalText() {
  const { i18n } = useTranslation();
  return (text: LocalText | undefined) => pick(text, i18n.language);
}

export const emptyText = (): LocalText => ({ en: '', 'zh-CN': '' });

/** A percentage for display: 0.423 -> "42.3%". */
export const percent = (share: number | null | undefined, digits = 1) =>
  share === null || share === undefined ? '—' : `${(share * 100).toFixed(digits)}%`;
export const fixed = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined ? '—' : x.toFixed(digits);
