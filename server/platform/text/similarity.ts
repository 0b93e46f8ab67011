import { cjkBigrams, tokenise } from './tokenise.js';

/**
 * How alike two short texts are, from 0 (nothing shared) to 1 (same terms): the Jaccard index
 * of their term sets, where terms are word tokens plus Chinese character bigrams. The bigrams
 * let a reworded Chinese duplicate ("洗衣机脱水时噪音很大" / "洗衣机脱水的时候噪音特别大")
 * score well even where the segmenter cut the words differently. Meant for ranking a handful
 * of candidates in memory (e.g. after a database pre-filter), not for scanning tables.
 * Two texts without any terms score 0: there is no evidence they say the same thing.
 */
export function similarity(a: string, b: string, locale?: string): number {
  const left = terms(a, locale);
  const right = terms(b, locale);
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

function terms(text: string, locale: string | undefined): Set<string> {
  return new Set([...tokenise(text, locale), ...cjkBigrams(text)]);
}
