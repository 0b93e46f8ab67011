import 'i18next';
import type en from './en.json';
import type { featureResources } from './feature-resources';

// Makes t() keys type-checked against en.json (zh-CN.json is kept identical in shape by i18n.test.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en } & (typeof featureResources)['en'];
  }
}
