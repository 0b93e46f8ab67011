import { scaleOf, type Question } from '../definition.js';
import type { QuestionMetric } from '../analytics-schemas.js';
import { analyseKano } from '../metrics/kano.js';
import { computeNps } from '../metrics/nps.js';
import { computeCes, computeCsat, computeRating } from '../metrics/scales.js';

/** Counts by value -> the question's metric, exactly as docs/metrics.md defines it. */
export function metricOf(q: Question, counts: ReadonlyMap<number, number>, responses: number): QuestionMetric {
  const base = { questionId: q.id, type: q.type, title: q.title };
  switch (q.type) {
    case 'nps': {
      const nps = computeNps(Array.from({ length: 11 }, (_, s) => counts.get(s) ?? 0));
      return { ...base, n: nps.n, nps };
    }
    case 'csat': {
      const csat = computeCsat(counts, scaleOf(q));
      return { ...base, n: csat.n, csat };
    }
    case 'ces': {
      const ces = computeCes(counts);
      return { ...base, n: ces.n, ces };
    }
    case 'rating': {
      const rating = computeRating(counts, scaleOf(q));
      return { ...base, n: rating.n, rating };
    }
    case 'single':
    case 'multiple': {
      // Shares of multiple choice are per respondent who answered; a single choice's add up to 1.
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const n = q.type === 'single' ? total : Math.min(total, responses);
      const choices = q.choices!.map((c, i) => ({
        id: c.id,
        label: c.label,
        count: counts.get(i) ?? 0,
        share: n > 0 ? (counts.get(i) ?? 0) / n : null,
      }));
      return { ...base, n, choices: { n, choices } };
    }
    case 'kano': {
      const kano = analyseKano(Array.from({ length: 25 }, (_, i) => counts.get(i) ?? 0));
      return { ...base, n: kano.n, kano };
    }
    case 'text':
      return { ...base, n: 0 };
  }
}

/** The headline number of a question, with its interval, for trends and comparisons. */
export function headlineOf(metric: QuestionMetric): {
  n: number;
  value: number | null;
  low: number | null;
  high: number | null;
} {
  if (metric.nps)
    return {
      n: metric.n,
      value: metric.nps.nps,
      low: metric.nps.interval?.low ?? null,
      high: metric.nps.interval?.high ?? null,
    };
  if (metric.csat)
    return {
      n: metric.n,
      value: metric.csat.csat,
      low: metric.csat.interval?.low ?? null,
      high: metric.csat.interval?.high ?? null,
    };
  if (metric.ces) return { n: metric.n, value: metric.ces.mean, low: null, high: null };
  if (metric.rating) return { n: metric.n, value: metric.rating.mean, low: null, high: null };
  return { n: metric.n, value: null, low: null, high: null };
}
