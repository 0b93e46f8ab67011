import type { Page } from '@playwright/test';

export type Language = 'zh-CN' | 'en';

/** Makes every page load in this test start with the given stored language choice. */
export async function useStoredLanguage(page: Page, language: Language): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('cocreate.lang', lang), language);
}

/** Picks a language with the header's language switcher, as a visitor would. */
export async function switchLanguage(page: Page, label: '中文' | 'English'): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Language / 语言' }).getByText(label, { exact: true }).click();
}
