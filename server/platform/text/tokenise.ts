import { normalise } from './normalise.js';
import { isStopWord } from './stop-words.js';

/** 'zh' because its word dictionary also segments the Latin words in mixed zh/en text. */
const DEFAULT_LOCALE = 'zh';

// A long pasted query is text, not a search; its first terms are selective enough, and an
// unbounded AND would only make the tsquery (and its planning) needlessly large.
const MAX_QUERY_TERMS = 64;

const HAN_RUN = /\p{Script=Han}{2,}/gu;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_LAST = /\p{Script=Han}$/u;
const HAN_FIRST = /^\p{Script=Han}/u;

// Building a segmenter loads ICU dictionaries; one per locale is enough.
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

interface Word {
  token: string;
  /** Where the token starts in `text`. */
  index: number;
  /** The normalised text the token came from. */
  text: string;
  /** True when punctuation came between this word and the one before. */
  afterBreak: boolean;
}

// Stop words are dropped without counting as a break, so "冰箱的噪音" still has 冰箱 next to 噪音.
function* words(text: string, locale: string): Generator<Word> {
  const normalised = normalise(text);
  let afterBreak = false;
  for (const { segment, index, isWordLike } of segmenterFor(locale).segment(normalised)) {
    if (isWordLike) {
      if (isStopWord(segment)) continue;
      yield { token: segment, index, text: normalised, afterBreak };
      afterBreak = false;
    } else if (segment.trim() !== '') {
      afterBreak = true;
    }
  }
}

/**
 * Tokens grouped into clauses: punctuation starts a new clause, so that callers looking at
 * adjacent tokens (keyword phrases) never pair words across a comma or a full stop.
 */
export function tokeniseClauses(text: string, locale: string = DEFAULT_LOCALE): string[][] {
  const clauses: string[][] = [];
  for (const { token, afterBreak } of words(text, locale)) {
    const current = clauses.at(-1);
    if (current && !afterBreak) current.push(token);
    else clauses.push([token]);
  }
  return clauses;
}

/**
 * Splits text into normalised word tokens with Intl.Segmenter, dropping punctuation and stop
 * words. Order and duplicates are kept (keyword counts need them).
 *
 * @example tokenise('ＡＰＰ登录总是失败') // ['app', '登录', '总是', '失败']
 */
export function tokenise(text: string, locale: string = DEFAULT_LOCALE): string[] {
  return Array.from(words(text, locale), (word) => word.token);
}

/**
 * Character bigrams of every run of two or more Chinese characters, in order, duplicates kept.
 * Stop words are not removed: a bigram spanning one (静的) is still evidence of the wording.
 *
 * @example cjkBigrams('噪音很大') // ['噪音', '音很', '很大']
 */
export function cjkBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of normalise(text).matchAll(HAN_RUN)) {
    const chars = Array.from(run); // code points, so characters outside the BMP stay whole
    for (let i = 0; i + 1 < chars.length; i++) bigrams.push(`${chars[i]}${chars[i + 1]}`);
  }
  return bigrams;
}

/**
 * The value to store in a `search_tokens` column (indexed with `to_tsvector('simple', ...)`):
 * the word tokens, then the bigrams of every Chinese run, space-separated. Repeats are kept so
 * that ts_rank sees how often a term occurs; a bigram that is already one of the tokens is not
 * added again.
 *
 * Why bigrams: the segmenter's dictionary decides where Chinese words end, and it decides
 * differently depending on context ("洗衣机脱水" -> 洗衣|机|脱水) and ICU version. Words alone
 * would make "洗衣机" fail to find text that was stored as 洗衣|机. Because every adjacent pair
 * of characters is stored, any Chinese query wording of two or more characters that occurs
 * anywhere in the text is found (see {@link searchTerms}), however either side was segmented.
 *
 * @example searchTokens('噪音很大') // '噪音 很大 音很'
 */
export function searchTokens(text: string, locale: string = DEFAULT_LOCALE): string {
  const tokens = tokenise(text, locale);
  const known = new Set(tokens);
  return [...tokens, ...cjkBigrams(text).filter((bigram) => !known.has(bigram))].join(' ');
}

/**
 * The terms a search query must all match against {@link searchTokens}, deduplicated, at most
 * 64. Chinese terms are chosen so that the stored bigrams always have them whenever the
 * stored text contains the query's wording, however either side was segmented:
 * - a word of three or more characters becomes its bigrams (洗衣机 -> 洗衣 & 衣机);
 * - a single character cut off a longer run becomes the bigram with its neighbour in the query
 *   (洗衣|机 -> 衣机), because the stored side may not have cut it off;
 * - a two-character word is itself a bigram.
 * A lone Chinese character (surrounded by spaces or non-Chinese text) stays a token.
 */
export function searchTerms(query: string, locale: string = DEFAULT_LOCALE): string[] {
  const terms: string[] = [];
  for (const { token, index, text } of words(query, locale)) {
    if (!HAN_ONLY.test(token)) {
      terms.push(token);
      continue;
    }
    const chars = Array.from(token);
    if (chars.length > 2) {
      terms.push(...cjkBigrams(token));
    } else if (chars.length === 2) {
      terms.push(token);
    } else {
      const before = HAN_LAST.exec(text.slice(0, index))?.[0];
      const after = HAN_FIRST.exec(text.slice(index + token.length))?.[0];
      terms.push(before ? before + token : after ? token + after : token);
    }
  }
  return unique(terms).slice(0, MAX_QUERY_TERMS);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
