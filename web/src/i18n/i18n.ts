import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { featureResources } from './feature-resources';
import { LANGUAGES, pickLanguage, readStoredLanguage, storeLanguage, type Language } from './language';
import zhCN from './zh-CN.json';

export const resources = {
  'zh-CN': { translation: zhCN, ...featureResources['zh-CN'] },
  en: { translation: en, ...featureResources.en },
} as const;

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

i18n.on('languageChanged', syncDocumentLanguage);

// Resources are bundled, so init completes synchronously and the first render is translated.
void i18n.use(initReactI18next).init({
  resources,
  lng: pickLanguage(readStoredLanguage(), navigator.languages[0] ?? navigator.language),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  load: 'currentOnly',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Switches the UI language, remembers it, and keeps `<html lang>` in step. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}

export default i18n;
