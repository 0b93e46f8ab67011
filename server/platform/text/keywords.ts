import { tokeniseClauses } from './tokenise.js';

export interface Keyword {
  /** A token, or two adjacent tokens (Chinese joined directly, otherwise with a space). */
  term: string;
  /** Occurrences over all texts. */
  count: number;
  /** How many texts contain it at least once. */
  documents: number;
}

export interface ExtractKeywordsOptions {
  /** How many keywords to return; 20 unless told. */
  limit?: number;
  /** Intl.Segmenter locale; 'zh' handles mixed zh/en text. */
  locale?: string;
}

interface Tally {
  count: number;
  documents: Set<number>;
}

interface PhraseTally extends Tally {
  /** The token pairs that spelled the phrase (洗衣|机 and 洗|衣机 both spell 洗衣机), counted. */
  parts: Map<string, { left: string; right: string; count: number }>;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;
const SINGLE_LATIN = /^\p{Script=Latin}$/u;
const NUMBER = /^\p{N}+(?:[.,:]\p{N}+)*$/u;
const HAN_START = /^\p{Script=Han}/u;
const HAN_END = /\p{Script=Han}$/u;

/**
 * The most widespread terms in a set of open-text answers, for survey analysis: ranked by how
 * many answers mention a term (one loud answer repeating a word should not outrank a word many
 * customers use), then by total count, then by term so the order is stable.
 *
 * Single Chinese characters, single Latin letters and pure numbers carry little meaning alone
 * and are left out. Two adjacent tokens within a clause also count as a phrase ("battery life",
 * 电池续航, or 洗衣机 rebuilt from the segmenter's 洗衣|机), but only when at least two answers
 * share it; otherwise every answer would contribute a pile of one-off pairs. A word that only
 * ever occurs inside one listed phrase is left out in favour of the phrase.
 *
 * @example extractKeywords(answers, { limit: 10 }) // [{ term: '噪音', count: 5, documents: 4 }, ...]
 */
export function extractKeywords(texts: readonly string[], options: ExtractKeywordsOptions = {}): Keyword[] {
  const limit = options.limit ?? 20;
  if (limit <= 0) return [];
  const words = new Map<string, Tally>();
  const phrases = new Map<string, PhraseTally>();

  texts.forEach((text, doc) => {
    for (const clause of tokeniseClauses(text, options.locale)) {
      clause.forEach((token, i) => {
        if (!isNoise(token)) tally(words, token, doc);
        const next = clause[i + 1];
        if (next !== undefined && isPhrasePart(token) && isPhrasePart(next)) {
          tallyPhrase(phrases, token, next, doc);
        }
      });
    }
  });

  // A phrase can spell a word that was also segmented whole elsewhere (洗衣|机 vs 洗衣机):
  // it is the same term, so the tallies are merged rather than listed twice.
  for (const [term, phrase] of phrases) {
    const word = words.get(term);
    if (word) {
      word.count += phrase.count;
      for (const doc of phrase.documents) word.documents.add(doc);
    } else if (phrase.documents.size >= 2) {
      words.set(term, { count: phrase.count, documents: phrase.documents });
    }
  }
  // A word found only inside one listed phrase (every "life" was "battery life", every 洗衣
  // was 洗衣机) adds nothing beside the phrase and is left out. Each spelling of a phrase
  // is counted apart, so the comparison holds after merging and across spellings.
  const subsumed = new Set<string>();
  for (const [term, phrase] of phrases) {
    if (!words.has(term)) continue;
    for (const { left, right, count } of phrase.parts.values()) {
      if (words.get(left)?.count === count) subsumed.add(left);
      if (words.get(right)?.count === count) subsumed.add(right);
    }
  }
  for (const term of subsumed) words.delete(term);

  return [...words]
    .map(([term, { count, documents }]) => ({ term, count, documents: documents.size }))
    .sort((a, b) => b.documents - a.documents || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit);
}

function tally(map: Map<string, Tally>, term: string, doc: number): void {
  const entry = map.get(term);
  if (entry) {
    entry.count++;
    entry.documents.add(doc);
  } else {
    map.set(term, { count: 1, documents: new Set([doc]) });
  }
}

function tallyPhrase(phrases: Map<string, PhraseTally>, left: string, right: string, doc: number): void {
  const term = joinPhrase(left, right);
  let entry = phrases.get(term);
  if (!entry) {
    entry = { count: 0, documents: new Set(), parts: new Map() };
    phrases.set(term, entry);
  }
  entry.count++;
  entry.documents.add(doc);
  const key = `${left} ${right}`;
  const part = entry.parts.get(key);
  if (part) part.count++;
  else entry.parts.set(key, { left, right, count: 1 });
}

function isNoise(token: string): boolean {
  return SINGLE_HAN.test(token) || SINGLE_LATIN.test(token) || NUMBER.test(token);
}

// A single Chinese character may take part in a phrase: the segmenter often splits one off a
// word (洗衣|机), and the pair gives it back its meaning.
function isPhrasePart(token: string): boolean {
  return !SINGLE_LATIN.test(token) && !NUMBER.test(token);
}

function joinPhrase(left: string, right: string): string {
  return HAN_END.test(left) && HAN_START.test(right) ? left + right : `${left} ${right}`;
}
