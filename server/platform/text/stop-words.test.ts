import { describe, expect, it } from 'vitest';
import { chineseStopWords, englishStopWords, isStopWord } from './stop-words.js';

describe('stop words', () => {
  it('knows common Chinese function words', () => {
    for (const word of ['的', '了', '是', '吗', '一个', '没有', '自己']) {
      expect(chineseStopWords.has(word), word).toBe(true);
    }
  });

  it('knows common English function words', () => {
    for (const word of ['the', 'a', 'an', 'is', 'to', 'of', 'i', 'we', "don't"]) {
      expect(englishStopWords.has(word), word).toBe(true);
    }
  });

  it('leaves content words alone', () => {
    for (const word of ['噪音', '洗衣机', '希望', 'battery', 'app', 'login']) {
      expect(isStopWord(word), word).toBe(false);
    }
  });

  it('holds only normalised entries, so normalised tokens can be looked up directly', () => {
    for (const word of [...chineseStopWords, ...englishStopWords]) {
      expect(word).toBe(word.normalize('NFKC').toLowerCase().trim());
    }
  });
});
