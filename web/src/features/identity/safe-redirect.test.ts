import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps same-origin relative paths with query and hash', () => {
    expect(safeRedirect('/ideas')).toBe('/ideas');
    expect(safeRedirect('/ideas?sort=top#new')).toBe('/ideas?sort=top#new');
    expect(safeRedirect('/profile/../cases')).toBe('/cases');
  });

  it('refuses anything that could leave the site', () => {
    for (const target of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      'ideas',
      '',
      null,
      undefined,
    ]) {
      expect(safeRedirect(target)).toBeUndefined();
    }
  });
});
