import { describe, expect, it } from 'vitest';
import { similarity } from './similarity.js';

describe('similarity', () => {
  const complaint = '洗衣机脱水时噪音很大，希望改进';

  it('scores a reworded Chinese duplicate above an unrelated sentence', () => {
    const reworded = similarity(complaint, '洗衣机在脱水的时候噪音特别大');
    const related = similarity(complaint, '洗衣机甩干的时候声音很响');
    const unrelated = similarity(complaint, '希望冰箱能有更安静的模式');
    expect(reworded).toBeGreaterThan(related);
    expect(related).toBeGreaterThan(unrelated);
    expect(similarity(complaint, 'ＡＰＰ登录总是失败')).toBe(0);
  });

  it('ranks English rewordings above unrelated text', () => {
    const base = 'The app crashes when I log in';
    expect(similarity(base, 'App crashes at log in')).toBeGreaterThan(similarity(base, 'Battery life is too short'));
  });

  it('sees through full-width and case differences', () => {
    expect(similarity('ＡＰＰ登录总是失败', 'app登录总是失败')).toBe(1);
    expect(similarity('App 登录 失败', 'ＡＰＰ登录失败')).toBeGreaterThan(0.5);
  });

  it('stays within 0..1, is symmetric, and is 0 when there is nothing to compare', () => {
    const a = '冰箱噪音大';
    const b = '冰箱的噪音很大';
    const score = similarity(a, b);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1);
    expect(similarity(b, a)).toBe(score);
    expect(similarity(a, a)).toBe(1);
    expect(similarity('', '')).toBe(0);
    expect(similarity('的了', 'the of')).toBe(0);
  });
});
