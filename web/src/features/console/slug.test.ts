import { describe, expect, it } from 'vitest';
import { suggestSlug } from './slug';

describe('suggestSlug', () => {
  it('turns a name into an address the server accepts', () => {
    expect(suggestSlug('Haier Europe')).toBe('haier-europe');
    expect(suggestSlug('  Café — Shanghai #1 ')).toBe('cafe-shanghai-1');
    expect(suggestSlug('a'.repeat(39) + ' b')).toBe('a'.repeat(39));
  });

  it('suggests nothing for a name without Latin letters or digits', () => {
    expect(suggestSlug('海尔共创')).toBe('');
  });
});
