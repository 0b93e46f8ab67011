import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { LANGUAGES, pickLanguage, readStoredLanguage, storeLanguage, type Language } from './language';
import zhCN from './zh-CN.json';

// The app's own texts (the `translation` namespace, both languages) come with the first script, so
// the first render needs no extra round trip. A module's texts
// (`web/src/features/<module>/i18n/<language>.json`, a namespace named after the module) are fetched
// in the language shown when the first component that asks for them renders: it suspends until
// then, inside the layouts' Suspense, so no untranslated key shows.
const moduleTexts = import.meta.glob<Record<string, unknown>>('../features/*/i18n/{en,zh-CN}.json', {
  import: 'default',
});

function loadModuleTexts(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = moduleTexts[`../features/${namespace}/i18n/${language}.json`];
  if (!load) return Promise.reject(new Error(`No ${language} texts for the ${namespace} namespace`));
  return load();
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

i18n.on('languageChanged', syncDocumentLanguage);

// The app's texts are bundled, so init completes synchronously and the first render is translated.
void i18n
  .use(resourcesToBackend(loadModuleTexts))
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    partialBundledLanguages: true,
    lng: pickLanguage(readStoredLanguage(), navigator.languages[0] ?? navigator.language),
    // Both languages have every key (i18n tests), so there is nothing to fall back to: fetching a
    // module's texts in the other language too would only cost a request.
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    load: 'currentOnly',
    ns: ['translation'],
    defaultNS: 'translation',
    initAsync: false,
    interpolation: { escapeValue: false },
  });

/**
 * Switches the UI language, remembers it, and keeps `<html lang>` in step. The new language's texts
 * of every module namespace in use are fetched first, so the page switches in one go.
 */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}

export default i18n;
