import { describe, expect, it } from 'vitest';
import { featureResources } from './feature-resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function emptyStrings(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [prefix] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => emptyStrings(v, prefix ? `${prefix}.${k}` : k));
}

describe('module texts', () => {
  it('lists every module that has texts, so each is type-checked and compared here', () => {
    // The same files the app fetches its module texts from (i18n.ts).
    const withTexts = Object.keys(import.meta.glob('../features/*/i18n/en.json'))
      .map((file) => file.split('/')[2])
      .sort();
    expect(Object.keys(featureResources.en).sort()).toEqual(withTexts);
    expect(Object.keys(featureResources['zh-CN']).sort()).toEqual(withTexts);
  });

  for (const namespace of Object.keys(featureResources.en) as (keyof typeof featureResources.en)[]) {
    it(`${namespace}: zh-CN and en have the same keys and no empty text`, () => {
      expect(keys(featureResources['zh-CN'][namespace]).sort()).toEqual(keys(featureResources.en[namespace]).sort());
      expect(emptyStrings(featureResources.en[namespace])).toEqual([]);
      expect(emptyStrings(featureResources['zh-CN'][namespace])).toEqual([]);
    });
  }
});
