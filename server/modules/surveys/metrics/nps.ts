import { Z95, type Interval } from './intervals.js';

export interface NpsResult {
  /** Valid answers: skipped answers are not counted. */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** %promoters − %detractors, −100..100; null without answers. */
  nps: number | null;
  /** Adjusted-Wald 95% interval, in NPS points. */
  interval: Interval | null;
  /** Standard error of the adjusted estimate, in NPS points. */
  standardError: number | null;
  /** The adjusted-Wald variance (proportion scale), used to compare periods. */
  variance: number | null;
}

/**
 * NPS from the count of each score 0..10 (index = score). Promoters 9–10, passives 7–8,
 * detractors 0–6 (Reichheld 2003). Interval by the adjusted-Wald method (Rocks 2016; Sauro &
 * Lewis 2016, ch. 5): add 3/4 to promoters and to detractors and 3 to n, then
 * Var = (p' + d' − (p' − d')²) / n' and NPS' ± z·√Var.
 */
export function computeNps(counts: readonly number[]): NpsResult {
  let promoters = 0,
    passives = 0,
    detractors = 0;
  counts.forEach((c, score) => {
    if (score >= 9) promoters += c;
    else if (score >= 7) passives += c;
    else detractors += c;
  });
  const n = promoters + passives + detractors;
  if (n === 0)
    return { n, promoters, passives, detractors, nps: null, interval: null, standardError: null, variance: null };
  const adjusted = adjustedWald(promoters, detractors, n);
  const half = Z95 * Math.sqrt(adjusted.variance);
  return {
    n,
    promoters,
    passives,
    detractors,
    nps: (100 * (promoters - detractors)) / n,
    interval: { low: 100 * Math.max(-1, adjusted.estimate - half), high: 100 * Math.min(1, adjusted.estimate + half) },
    standardError: 100 * Math.sqrt(adjusted.variance),
    variance: adjusted.variance,
  };
}

function adjustedWald(promoters: number, detractors: number, n: number) {
  const nAdj = n + 3;
  const p = (promoters + 0.75) / nAdj;
  const d = (detractors + 0.75) / nAdj;
  return { estimate: p - d, variance: (p + d - (p - d) ** 2) / nAdj };
}

export interface NpsChange {
  /** NPS of the current period minus NPS of the previous one, in points. */
  difference: number;
  standardError: number;
  interval: Interval;
  z: number;
  /** True when the 95% interval of the difference excludes 0 (|z| > 1.96). */
  significant: boolean;
}

/**
 * The change of NPS between two independent periods. The standard error of the difference is
 * √(Var₁ + Var₂) with each variance from the adjusted-Wald estimate (Rocks 2016, "comparing two
 * NPS"); significant at 95% when |difference / SE| > 1.96.
 */
export function compareNps(previous: NpsResult, current: NpsResult): NpsChange | null {
  if (previous.nps === null || current.nps === null || previous.variance === null || current.variance === null)
    return null;
  const difference = current.nps - previous.nps;
  const standardError = 100 * Math.sqrt(previous.variance + current.variance);
  const z = standardError === 0 ? 0 : difference / standardError;
  return {
    difference,
    standardError,
    z,
    interval: { low: difference - Z95 * standardError, high: difference + Z95 * standardError },
    significant: Math.abs(z) > Z95,
  };
}

/** The NPS group of one score. */
export const npsCategory = (score: number): 'promoter' | 'passive' | 'detractor' =>
  score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
