/** Nearest-rank percentile of a sorted array of milliseconds. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (n, digits) => (n === null ? null : Number(n.toFixed(digits)));

/** req/s, p50 and p99 (ms) from per-request latencies taken over `seconds`. */
export function summarize(latenciesMs, seconds) {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    rps: Math.round(sorted.length / seconds),
    p50: round(percentile(sorted, 50), 2),
    p99: round(percentile(sorted, 99), 2),
    requests: sorted.length,
  };
}
