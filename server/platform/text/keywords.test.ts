import { describe, expect, it } from 'vitest';
import { extractKeywords } from './keywords.js';

const answers = [
  '洗衣机脱水时噪音很大，希望改进',
  '洗衣机噪音太大了，晚上睡不着',
  '冰箱的噪音也很大',
  '希望冰箱能有更安静的模式',
  'The battery life is too short',
  'Battery life could be better; the battery drains fast',
  '电池 3000 毫安，续航 2 天',
];

describe('extractKeywords', () => {
  it('ranks by the number of answers, then by occurrences', () => {
    const keywords = extractKeywords(answers, { limit: 5 });
    expect(keywords[0]).toEqual({ term: '噪音', count: 3, documents: 3 });
    expect(keywords.map((k) => k.term)).toEqual(['噪音', 'battery', 'battery life', '冰箱', '噪音很大']);
    expect(keywords.find((k) => k.term === 'battery')).toEqual({ term: 'battery', count: 3, documents: 2 });
  });

  it('lists phrases shared by at least two answers, and not one-off pairs', () => {
    const terms = extractKeywords(answers, { limit: 100 }).map((k) => k.term);
    expect(terms).toContain('battery life');
    expect(terms).toContain('噪音很大');
    // the segmenter splits 洗衣机 into 洗衣|机; the phrase puts it back together
    expect(terms).toContain('洗衣机');
    expect(terms).not.toContain('脱水时');
    expect(terms).not.toContain('life short');
  });

  it('leaves out a word that only ever occurs inside a listed phrase', () => {
    const terms = extractKeywords(answers, { limit: 100 }).map((k) => k.term);
    expect(terms).not.toContain('life');
    expect(terms).not.toContain('洗衣');
    expect(terms).toContain('battery'); // also occurs alone ("the battery drains")
  });

  it('ignores single Chinese characters, single letters, numbers and stop words', () => {
    const terms = extractKeywords(['冰箱 门 坏 了 a b 3000 2.5 the 的', '坏 x 门 3000'], {
      limit: 100,
    }).map((k) => k.term);
    expect(terms).toEqual(['冰箱']);
  });

  it('respects the limit and breaks ties by term so the order is stable', () => {
    expect(extractKeywords(answers, { limit: 3 })).toHaveLength(3);
    expect(extractKeywords(answers, { limit: 0 })).toEqual([]);
    expect(extractKeywords(['beta alpha', 'gamma'])).toEqual([
      { term: 'alpha', count: 1, documents: 1 },
      { term: 'beta', count: 1, documents: 1 },
      { term: 'gamma', count: 1, documents: 1 },
    ]);
    expect(extractKeywords(answers, { limit: 50 })).toEqual(extractKeywords([...answers], { limit: 50 }));
  });

  it('returns nothing for no text', () => {
    expect(extractKeywords([])).toEqual([]);
    expect(extractKeywords(['', '，。', 'the of and'])).toEqual([]);
  });
});
