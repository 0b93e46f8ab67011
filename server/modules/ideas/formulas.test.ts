import { describe, expect, it } from 'vitest';
import {
  addTerm,
  decayedCount,
  effectiveThreshold,
  removeTerm,
  riceScore,
  trendingTerm,
  voteWeight,
} from './formulas.js';

describe('trending', () => {
  it('is the time-decayed count: worked example with a 72-hour half-life', () => {
    // Submitted at T, one vote at T, one at T+72h; at T+72h the decayed count is
    // 2^-1 (submission) + 2^-1 (first vote) + 2^0 (second vote) = 2.
    const t = new Date('2026-03-01T00:00:00Z');
    const later = new Date('2026-03-04T00:00:00Z');
    let s = trendingTerm(t);
    s = addTerm(s, trendingTerm(t));
    s = addTerm(s, trendingTerm(later));
    expect(decayedCount(s, later)).toBeCloseTo(2, 9);
    // Withdrawing the later vote leaves 2^-1 + 2^-1 = 1.
    expect(decayedCount(removeTerm(s, trendingTerm(later), trendingTerm(t)), later)).toBeCloseTo(1, 9);
  });

  it('ranks a fresh idea with fewer votes above an old one with more', () => {
    const now = new Date('2026-03-10T00:00:00Z');
    const old = [0, 0, 0, 0].reduce(
      (s) => addTerm(s, trendingTerm(new Date('2026-02-20T00:00:00Z'))),
      trendingTerm(new Date('2026-02-20T00:00:00Z')),
    );
    const fresh = addTerm(trendingTerm(now), trendingTerm(now));
    expect(fresh).toBeGreaterThan(old);
  });
});

describe('weights', () => {
  it('multiplies the attribute weight by the importance weight', () => {
    const rule = { attribute: 'segment', values: { VIP: 3 }, importance: { critical: 2 } };
    expect(voteWeight(rule, { segment: 'VIP' }, 'critical', true)).toBe(6);
    expect(voteWeight(rule, { segment: 'standard' }, 'nice_to_have', true)).toBe(0.5);
    expect(voteWeight(rule, { segment: 'VIP' }, 'critical', false)).toBe(3);
    expect(voteWeight({}, {}, 'important', true)).toBe(1);
  });
});

describe('RICE', () => {
  it('is reach x impact x confidence / effort (Intercom, 2016)', () => {
    // Hand-computed: 500 voters, impact 2 (high), confidence 80%, effort 2 person-months
    // -> 500 x 2 x 0.8 / 2 = 400.
    expect(riceScore(500, 2, 80, 2)).toBe(400);
    expect(riceScore(120, 0.5, 50, 3)).toBe(10);
    expect(riceScore(10, null, 80, 1)).toBeNull();
  });
});

describe('threshold', () => {
  it('takes the lower of a fixed number and a share of active customers', () => {
    expect(effectiveThreshold(100, null, 5000)).toBe(100);
    expect(effectiveThreshold(null, 1, 5000)).toBe(50);
    expect(effectiveThreshold(100, 1, 5000)).toBe(50);
    expect(effectiveThreshold(null, 5, 3)).toBe(1);
    expect(effectiveThreshold(null, null, 10)).toBeNull();
  });
});
