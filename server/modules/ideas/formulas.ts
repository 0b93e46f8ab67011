import type { Importance, WeightRule } from './tables.js';

/*
 * Trending, a time-decayed vote count that never needs recomputing.
 *
 *   decayed(t) = Σ_i 2^(-(t - t_i) / H)        H = 72 h half-life, t_i = each vote (and the
 *                                              submission itself, so new ideas start warm)
 *
 * A vote counts 1 when it is cast, ½ three days later, ¼ after six days. Stored is
 *
 *   trending_score = log2 Σ_i 2^((t_i - T0) / H)     T0 = 2024-01-01T00:00Z
 *
 * and decayed(now) = 2^(trending_score - (now - T0)/H): the factor 2^(-(now - T0)/H) is the same
 * for every idea, so ordering by the stored score IS ordering by the decayed count at any moment
 * — a plain b-tree index serves the trending page and nothing decays in the background. A vote
 * adds its term with log-sum-exp (no overflow: only differences are exponentiated); withdrawing
 * subtracts it the same way.
 */
export const TRENDING_HALF_LIFE_HOURS = 72;
export const TRENDING_EPOCH_MS = Date.UTC(2024, 0, 1);
const H_MS = TRENDING_HALF_LIFE_HOURS * 3_600_000;

/** One vote's term: (t - T0) / H. */
export const trendingTerm = (at: Date): number => (at.getTime() - TRENDING_EPOCH_MS) / H_MS;

/** log2(2^s + 2^x). */
export const addTerm = (s: number, x: number): number => Math.max(s, x) + Math.log2(1 + 2 ** -Math.abs(s - x));

/** log2(2^s - 2^x), floored at the idea's own submission term. */
export const removeTerm = (s: number, x: number, floor: number): number =>
  Math.max(s + Math.log2(Math.max(1 - 2 ** (x - s), 1e-9)), floor);

/** The decayed count the score stands for at `now` (what the console shows as "trending"). */
export const decayedCount = (score: number, now: Date): number => 2 ** (score - trendingTerm(now));

/** The same add/remove in SQL, so a vote updates the row in one statement. */
export const ADD_TERM_SQL =
  'greatest(trending_score, $x) + ln(1 + power(2::float8, -abs(trending_score - $x))) / ln(2)';

export const DEFAULT_IMPORTANCE_WEIGHTS: Record<Importance, number> = { nice_to_have: 0.5, important: 1, critical: 2 };

/**
 * A vote's weight under a board's rule: (weight of the voter's attribute value, 1 when the rule
 * names none or the value is not listed) × (weight of the vote's importance, 1 when the board
 * does not ask for importance).
 */
export function voteWeight(
  rule: WeightRule,
  attributes: Record<string, unknown>,
  importance: Importance,
  importanceEnabled: boolean,
): number {
  let w = 1;
  if (rule.attribute && rule.values) {
    const value = attributes[rule.attribute];
    const v = value === undefined || value === null ? undefined : rule.values[String(value)];
    if (typeof v === 'number') w *= v;
  }
  if (importanceEnabled) w *= rule.importance?.[importance] ?? DEFAULT_IMPORTANCE_WEIGHTS[importance];
  return Math.round(w * 1000) / 1000;
}

/**
 * RICE (Intercom, Sean McBride, "RICE: Simple prioritization for product managers", 2016):
 * Reach × Impact × Confidence / Effort. Reach is the idea's voters; impact 0.25–3; confidence a
 * percentage; effort in person-months. Null until staff have entered impact, confidence, effort.
 */
export function riceScore(
  reach: number,
  impact: number | null,
  confidencePercent: number | null,
  effort: number | null,
): number | null {
  if (impact === null || confidencePercent === null || effort === null || effort <= 0) return null;
  return Math.round(((reach * impact * (confidencePercent / 100)) / effort) * 100) / 100;
}

/** How recently a customer was seen to count as active for a share-of-customers threshold. */
export const ACTIVE_CUSTOMER_DAYS = 90;

/** The support a board asks for: a fixed number, or a share of customers active in 90 days (at least 1). */
export function effectiveThreshold(
  supporters: number | null,
  sharePercent: number | null,
  activeCustomers: number,
): number | null {
  const candidates: number[] = [];
  if (supporters !== null) candidates.push(supporters);
  if (sharePercent !== null) candidates.push(Math.max(1, Math.ceil((activeCustomers * sharePercent) / 100)));
  return candidates.length ? Math.min(...candidates) : null;
}
