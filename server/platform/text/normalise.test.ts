import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';

describe('normalise', () => {
  it('turns full-width letters and digits into lower-case half-width', () => {
    expect(normalise('ＡＢＣ１２３')).toBe('abc123');
    expect(normalise('ＡＰＰ登录总是失败')).toBe('app登录总是失败');
  });

  it('turns full-width punctuation and ideographic spaces into their ASCII forms', () => {
    expect(normalise('请问，怎么办？！（急）')).toBe('请问,怎么办?!(急)');
    expect(normalise('冰箱\u3000\u3000噪音')).toBe('冰箱 噪音');
  });

  it('keeps Chinese characters as they are', () => {
    expect(normalise('洗衣机脱水时噪音很大，希望改进')).toBe('洗衣机脱水时噪音很大,希望改进');
  });

  it('collapses whitespace and trims', () => {
    expect(normalise('  The   App\n\tcrashes  ')).toBe('the app crashes');
    expect(normalise(' \n ')).toBe('');
  });

  it('straightens curly apostrophes', () => {
    expect(normalise('Don’t')).toBe("don't");
  });

  it('is idempotent', () => {
    const once = normalise(' Ｈｅｌｌｏ　世界 ');
    expect(normalise(once)).toBe(once);
  });
});
