import { wilson, type Interval } from './intervals.js';

export interface Distribution {
  value: number;
  count: number;
}

export interface CsatResult {
  n: number;
  /** Answers in the top two points of the scale. */
  satisfied: number;
  /** Share satisfied, 0..1; null without answers. */
  csat: number | null;
  interval: Interval | null;
  mean: number | null;
  distribution: Distribution[];
}

export interface CesResult {
  n: number;
  mean: number | null;
  /** Share of answers 5–7 ("agree" that it was easy), 0..1. */
  shareEasy: number | null;
  interval: Interval | null;
  distribution: Distribution[];
}

function distributionOf(
  counts: ReadonlyMap<number, number>,
  min: number,
  max: number,
): { distribution: Distribution[]; n: number; mean: number | null } {
  const distribution: Distribution[] = [];
  let n = 0,
    sum = 0;
  for (let v = min; v <= max; v++) {
    const count = counts.get(v) ?? 0;
    distribution.push({ value: v, count });
    n += count;
    sum += v * count;
  }
  return { distribution, n, mean: n > 0 ? sum / n : null };
}

/**
 * CSAT: the share of answers in the top two points of the configured scale (top-two-box), with a
 * Wilson 95% interval. Skipped answers are not counted.
 */
export function computeCsat(counts: ReadonlyMap<number, number>, scale: { min: number; max: number }): CsatResult {
  const { distribution, n, mean } = distributionOf(counts, scale.min, scale.max);
  const satisfied = (counts.get(scale.max) ?? 0) + (counts.get(scale.max - 1) ?? 0);
  return { n, satisfied, csat: n > 0 ? satisfied / n : null, interval: wilson(satisfied, n), mean, distribution };
}

/** CES 2.0 (Dixon, Freeman & Toman 2010; CEB 2013): mean on 1–7, the distribution and the share 5–7. */
export function computeCes(counts: ReadonlyMap<number, number>): CesResult {
  const { distribution, n, mean } = distributionOf(counts, 1, 7);
  const easy = (counts.get(5) ?? 0) + (counts.get(6) ?? 0) + (counts.get(7) ?? 0);
  return { n, mean, shareEasy: n > 0 ? easy / n : null, interval: wilson(easy, n), distribution };
}

/** A plain rating: mean and distribution. */
export function computeRating(counts: ReadonlyMap<number, number>, scale: { min: number; max: number }) {
  return distributionOf(counts, scale.min, scale.max);
}
