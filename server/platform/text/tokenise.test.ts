import { describe, expect, it } from 'vitest';
import { cjkBigrams, searchTerms, searchTokens, tokenise, tokeniseClauses } from './tokenise.js';

describe('tokenise', () => {
  it('segments Chinese into words and drops punctuation', () => {
    expect(tokenise('洗衣机脱水时噪音很大，希望改进')).toEqual([
      '洗衣',
      '机',
      '脱水',
      '时',
      '噪音',
      '很大',
      '希望',
      '改进',
    ]);
  });

  it('drops Chinese stop words', () => {
    expect(tokenise('希望冰箱能有更安静的模式')).toEqual(['希望', '冰箱', '能有', '更', '安静', '模式']);
    expect(tokenise('我的冰箱是不是坏了吗')).not.toContain('的');
  });

  it('normalises full-width input first', () => {
    expect(tokenise('ＡＰＰ登录总是失败')).toEqual(['app', '登录', '总是', '失败']);
  });

  it('handles mixed Chinese and English', () => {
    expect(tokenise('App 登录 失败')).toEqual(['app', '登录', '失败']);
    expect(tokenise('iPhone上的App登录失败')).toEqual(['iphone', 'app', '登录', '失败']);
  });

  it('handles English and drops its stop words', () => {
    expect(tokenise("I can't log in to the app; it keeps failing!")).toEqual(['log', 'app', 'keeps', 'failing']);
    expect(tokenise('The battery life is too short')).toEqual(['battery', 'life', 'short']);
  });

  it('keeps numbers and versions', () => {
    expect(tokenise('升级到 3.5 版本后 5G 信号差')).toEqual(['升级', '3.5', '版本', '后', '5g', '信号', '差']);
  });

  it('returns nothing for punctuation, stop words or empty text', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise("a & | ! ( ) : *'")).toEqual([]);
    expect(tokenise('的了吗？')).toEqual([]);
  });

  it('is deterministic', () => {
    const text = '洗衣机脱水时噪音很大，希望改进 The app crashes';
    expect(tokenise(text)).toEqual(tokenise(text));
  });
});

describe('tokeniseClauses', () => {
  it('starts a new clause at punctuation but not at a dropped stop word', () => {
    expect(tokeniseClauses('冰箱的噪音很大，晚上睡不着')).toEqual([
      ['冰箱', '噪音', '很大'],
      ['晚上', '睡', '不着'],
    ]);
  });
});

describe('cjkBigrams', () => {
  it('pairs adjacent characters within each Chinese run', () => {
    expect(cjkBigrams('噪音很大，希望改进')).toEqual(['噪音', '音很', '很大', '希望', '望改', '改进']);
  });

  it('ignores single characters and non-Chinese text', () => {
    expect(cjkBigrams('App 登 录 fails')).toEqual([]);
  });

  it('keeps characters outside the BMP whole', () => {
    expect(cjkBigrams('𠀀𠀁好')).toEqual(['𠀀𠀁', '𠀁好']);
  });
});

describe('searchTokens', () => {
  it('stores the words and then the bigrams the words do not already cover', () => {
    expect(searchTokens('洗衣机脱水时噪音很大，希望改进')).toBe(
      '洗衣 机 脱水 时 噪音 很大 希望 改进 衣机 机脱 水时 时噪 音很 望改',
    );
  });

  it('covers words the segmenter does not know, which it splits into characters', () => {
    // Node 20's ICU dictionary lacks 闪退 ("crashes") and yields 闪|退; the bigram restores it
    expect(searchTokens('App闪退').split(' ')).toContain('闪退');
  });

  it('keeps repeats so ts_rank can see frequency', () => {
    expect(searchTokens('battery battery').split(' ')).toEqual(['battery', 'battery']);
  });

  it('is empty for text without words', () => {
    expect(searchTokens('，。！')).toBe('');
  });
});

describe('searchTerms', () => {
  it('uses two-character Chinese words as they are', () => {
    expect(searchTerms('安静模式')).toEqual(['安静', '模式']);
    expect(searchTerms('噪音')).toEqual(['噪音']);
  });

  it('turns a character cut off a run into the bigram with its neighbour', () => {
    // the segmenter cuts 洗衣机 into 洗衣|机; stored text may have kept it whole
    expect(searchTerms('洗衣机')).toEqual(['洗衣', '衣机']);
  });

  it('keeps a lone Chinese character as a token', () => {
    expect(searchTerms('冰箱 门')).toEqual(['冰箱', '门']);
  });

  it('drops stop words and punctuation and deduplicates', () => {
    expect(searchTerms('The app, the APP!')).toEqual(['app']);
    expect(searchTerms("a & | ! ( ) : *'")).toEqual([]);
  });

  it('caps very long queries', () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    expect(searchTerms(long)).toHaveLength(64);
  });
});
