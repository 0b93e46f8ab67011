/** The normal quantile for a two-sided 95% interval, rounded as the cited sources do. */
export const Z95 = 1.96;

export interface Interval {
  low: number;
  high: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Wilson score interval for a proportion x/n (Wilson 1927; recommended by Agresti & Coull 1998
 * and Sauro & Lewis 2016 for small samples). Null when n is 0.
 */
export function wilson(x: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: clamp(centre - half, 0, 1), high: clamp(centre + half, 0, 1) };
}
