import casesEn from '../features/cases/i18n/en.json';
import casesZh from '../features/cases/i18n/zh-CN.json';
import ideasEn from '../features/ideas/i18n/en.json';
import ideasZh from '../features/ideas/i18n/zh-CN.json';
import notificationsEn from '../features/notifications/i18n/en.json';
import notificationsZh from '../features/notifications/i18n/zh-CN.json';
import surveysEn from '../features/surveys/i18n/en.json';
import surveysZh from '../features/surveys/i18n/zh-CN.json';

/**
 * Each module's texts, an i18n namespace named after the module. The app fetches them per language
 * when first needed (i18n.ts finds every `features/<module>/i18n/<language>.json`); this map gives
 * t() its checked keys (i18next.d.ts) and the tests the texts to compare.
 */
export const featureResources = {
  en: { ideas: ideasEn, surveys: surveysEn, cases: casesEn, notifications: notificationsEn },
  'zh-CN': { ideas: ideasZh, surveys: surveysZh, cases: casesZh, notifications: notificationsZh },
} as const;
