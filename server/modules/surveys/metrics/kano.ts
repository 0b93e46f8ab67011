/**
 * KANO analysis (Kano et al. 1984; Berger et al. 1993). Answers to both questions of a pair are
 * coded 1 = I like it, 2 = I expect it, 3 = I am neutral, 4 = I can tolerate it, 5 = I dislike it.
 */
export type KanoAnswer = 1 | 2 | 3 | 4 | 5;
export type KanoCategory = 'A' | 'O' | 'M' | 'I' | 'R' | 'Q';
export const KANO_CATEGORIES: readonly KanoCategory[] = ['A', 'O', 'M', 'I', 'R', 'Q'];

// The standard evaluation table (Berger et al. 1993, table 1): rows functional, columns dysfunctional.
const TABLE: readonly (readonly KanoCategory[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

export function classifyKano(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[functional - 1]![dysfunctional - 1]!;
}

/** The cell of a pair in a 25-cell count vector (what the rollup stores as the value). */
export const kanoCell = (functional: KanoAnswer, dysfunctional: KanoAnswer) =>
  (functional - 1) * 5 + (dysfunctional - 1);

/**
 * When the two most frequent of A, O, M, I are within this many percentage points of the valid
 * answers, the category follows Matzler & Hinterhuber (1998): M > O > A > I.
 */
export const MATZLER_MARGIN_POINTS = 5;
const PRIORITY: Record<KanoCategory, number> = { M: 0, O: 1, A: 2, I: 3, R: 4, Q: 5 };

// DuMouchel's asymmetric scale (Berger et al. 1993, "continuous analysis").
const FUNCTIONAL_SCORE = [4, 2, 0, -1, -2] as const;
const DYSFUNCTIONAL_SCORE = [-2, -1, 0, 2, 4] as const;

export interface KanoResult {
  /** Every classified pair, questionable included. */
  n: number;
  /** Pairs that are not questionable: the base of every share. */
  valid: number;
  counts: Record<KanoCategory, number>;
  category: KanoCategory | null;
  /** True when the Matzler tie-break chose the category over a (nearly) as frequent one. */
  tieBroken: boolean;
  /** Share of the first category minus share of the second, in percentage points (Lee & Newcomb 1997). */
  strength: number | null;
  /** Fong (1996): the top two differ significantly when |a − b| ≥ 1.65·√((a+b)(2N−a−b)/(2N)). */
  fong: { a: number; b: number; threshold: number; significant: boolean } | null;
  better: number | null;
  worse: number | null;
  /** DuMouchel's mean functional and dysfunctional scores over A, O, M, I answers. */
  continuous: {
    functional: number;
    dysfunctional: number;
    functionalSd: number;
    dysfunctionalSd: number;
    n: number;
  } | null;
}

/** KANO analysis of one feature from its 25 cell counts (index = kanoCell(f, d)). */
export function analyseKano(cells: readonly number[]): KanoResult {
  const counts: Record<KanoCategory, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
  let fSum = 0,
    dSum = 0,
    fSq = 0,
    dSq = 0,
    scored = 0;
  for (let f = 1; f <= 5; f++) {
    for (let d = 1; d <= 5; d++) {
      const count = cells[(f - 1) * 5 + (d - 1)] ?? 0;
      if (count === 0) continue;
      const category = classifyKano(f as KanoAnswer, d as KanoAnswer);
      counts[category] += count;
      if (category === 'R' || category === 'Q') continue;
      const fs = FUNCTIONAL_SCORE[f - 1]!,
        ds = DYSFUNCTIONAL_SCORE[d - 1]!;
      fSum += fs * count;
      dSum += ds * count;
      fSq += fs * fs * count;
      dSq += ds * ds * count;
      scored += count;
    }
  }
  const n = KANO_CATEGORIES.reduce((s, c) => s + counts[c], 0);
  const valid = n - counts.Q;
  const aomi = counts.A + counts.O + counts.M + counts.I;
  const result: KanoResult = {
    n,
    valid,
    counts,
    category: null,
    tieBroken: false,
    strength: null,
    fong: null,
    better: aomi > 0 ? (counts.A + counts.O) / aomi : null,
    worse: aomi > 0 ? -(counts.O + counts.M) / aomi : null,
    continuous:
      scored > 0
        ? {
            n: scored,
            functional: fSum / scored,
            dysfunctional: dSum / scored,
            functionalSd: Math.sqrt(Math.max(0, fSq / scored - (fSum / scored) ** 2)),
            dysfunctionalSd: Math.sqrt(Math.max(0, dSq / scored - (dSum / scored) ** 2)),
          }
        : null,
  };
  if (valid === 0) return result;
  const ranked = (['M', 'O', 'A', 'I', 'R'] as const)
    .map((c) => ({ c, count: counts[c] }))
    .sort((x, y) => y.count - x.count || PRIORITY[x.c] - PRIORITY[y.c]);
  const [first, second] = [ranked[0]!, ranked[1]!];
  result.category = first.c;
  result.strength = (100 * (first.count - second.count)) / valid;
  const eligible = (c: KanoCategory) => c !== 'R' && c !== 'Q';
  if (
    eligible(first.c) &&
    eligible(second.c) &&
    result.strength < MATZLER_MARGIN_POINTS &&
    PRIORITY[second.c] < PRIORITY[first.c]
  ) {
    result.category = second.c;
    result.tieBroken = true;
  } else if (first.count === second.count && eligible(second.c)) {
    result.tieBroken = true;
  }
  const a = first.count,
    b = second.count;
  const threshold = 1.65 * Math.sqrt(((a + b) * (2 * valid - a - b)) / (2 * valid));
  result.fong = { a, b, threshold, significant: Math.abs(a - b) >= threshold && a + b > 0 };
  return result;
}
