import { describe, expect, it } from 'vitest';
import en from './en.json';
import { pickLanguage } from './language';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe('translation resources', () => {
  const files = { en: leaves(en), 'zh-CN': leaves(zhCN) };

  it('have exactly the same keys in zh-CN and en', () => {
    const keys = (entries: [string, string][]) => entries.map(([key]) => key).sort();
    expect(keys(files['zh-CN'])).toEqual(keys(files.en));
  });

  it.each(Object.entries(files))('%s has no empty strings', (_language, entries) => {
    expect(entries.filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe('pickLanguage', () => {
  it('prefers a stored choice', () => {
    expect(pickLanguage('en', 'zh-CN')).toBe('en');
    expect(pickLanguage('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('falls back to the browser language', () => {
    expect(pickLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(pickLanguage('fr', 'zh')).toBe('zh-CN');
    expect(pickLanguage(null, 'de-DE')).toBe('en');
    expect(pickLanguage(null, undefined)).toBe('en');
  });
});
