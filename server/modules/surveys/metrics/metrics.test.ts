import { describe, expect, it } from 'vitest';
import { wilson } from './intervals.js';
import { analyseKano, classifyKano, kanoCell, type KanoAnswer } from './kano.js';
import { compareNps, computeNps } from './nps.js';
import { computeCes, computeCsat } from './scales.js';

const scores = (byScore: Record<number, number>) => Array.from({ length: 11 }, (_, s) => byScore[s] ?? 0);

describe('NPS (Reichheld 2003; adjusted-Wald interval, Rocks 2016 / Sauro & Lewis 2016 ch. 5)', () => {
  it('50 promoters, 30 passives, 20 detractors', () => {
    // NPS = 50% − 20% = 30.
    // n' = 103; p' = 50.75/103 = 0.492718; d' = 20.75/103 = 0.201456; NPS' = 0.291262.
    // Var = (0.694175 − 0.291262²)/103 = (0.694175 − 0.084834)/103 = 0.0059159; SE = 0.076915.
    // 95%: 0.291262 ± 1.96·0.076915 = 0.291262 ± 0.150754 → [14.05, 44.20].
    const r = computeNps(scores({ 10: 30, 9: 20, 8: 20, 7: 10, 6: 10, 3: 5, 0: 5 }));
    expect(r).toMatchObject({ n: 100, promoters: 50, passives: 30, detractors: 20, nps: 30 });
    expect(r.standardError).toBeCloseTo(7.6915, 3);
    expect(r.interval!.low).toBeCloseTo(14.051, 2);
    expect(r.interval!.high).toBeCloseTo(44.202, 2);
  });

  it('counts only valid answers and has no interval without answers', () => {
    expect(computeNps(scores({})).nps).toBeNull();
    // One promoter: NPS 100; n' = 4, p' = 1.75/4, d' = 0.75/4 → NPS' = 0.25,
    // Var = (0.625 − 0.0625)/4 = 0.140625, SE = 0.375 → [−48.5, 98.5].
    const one = computeNps(scores({ 10: 1 }));
    expect(one.nps).toBe(100);
    expect(one.interval!.low).toBeCloseTo(-48.5, 6);
    expect(one.interval!.high).toBeCloseTo(98.5, 6);
  });

  it('the change between two periods with its standard error', () => {
    const before = computeNps(scores({ 10: 50, 8: 30, 5: 20 })); // NPS 30, Var 0.0059159
    // After: 40 promoters, 30 detractors: p' = 40.75/103, d' = 30.75/103, NPS' = 0.097087,
    // Var = (0.694175 − 0.009426)/103 = 0.0066480. SE(diff) = √(0.0059159 + 0.0066480) = 0.112089.
    const after = computeNps(scores({ 9: 40, 7: 30, 0: 30 })); // NPS 10
    const change = compareNps(before, after)!;
    expect(change.difference).toBe(-20);
    expect(change.standardError).toBeCloseTo(11.2089, 3);
    expect(change.z).toBeCloseTo(-1.7843, 3);
    expect(change.significant).toBe(false);
    // A fall to −30 (20 promoters, 50 detractors): SE = 10.8774, z = −60/10.8774 = −5.516: significant.
    const worse = compareNps(before, computeNps(scores({ 9: 20, 7: 30, 0: 50 })))!;
    expect(worse.standardError).toBeCloseTo(10.8774, 3);
    expect(worse.significant).toBe(true);
  });
});

describe('CSAT top-two-box with a Wilson interval (Wilson 1927; Sauro & Lewis 2016 ch. 3)', () => {
  it('40 of 50 satisfied on 1–5', () => {
    // p = 0.8; z²/n = 0.076832; centre = (0.8 + 0.038416)/1.076832 = 0.778595;
    // half = 1.96·√(0.0032 + 0.00038416)/1.076832 = 0.108969 → [0.66963, 0.88756].
    const r = computeCsat(
      new Map([
        [5, 25],
        [4, 15],
        [3, 5],
        [2, 3],
        [1, 2],
      ]),
      { min: 1, max: 5 },
    );
    expect(r).toMatchObject({ n: 50, satisfied: 40, csat: 0.8 });
    expect(r.interval!.low).toBeCloseTo(0.66963, 4);
    expect(r.interval!.high).toBeCloseTo(0.88756, 4);
    expect(r.mean).toBeCloseTo((125 + 60 + 15 + 6 + 2) / 50, 10);
  });

  it('uses the configured scale (top two of 1–7 are 6 and 7)', () => {
    const r = computeCsat(
      new Map([
        [7, 1],
        [6, 1],
        [5, 2],
      ]),
      { min: 1, max: 7 },
    );
    expect(r.csat).toBe(0.5);
    expect(wilson(0, 0)).toBeNull();
  });
});

describe('CES 2.0 (Dixon, Freeman & Toman 2010)', () => {
  it('mean, distribution and share 5–7', () => {
    // 1·1 + 3·1 + 4·2 + 5·3 + 6·2 + 7·1 = 46 over 10 answers → 4.6; 5–7: 3 + 2 + 1 = 6 → 0.6.
    const r = computeCes(
      new Map([
        [1, 1],
        [3, 1],
        [4, 2],
        [5, 3],
        [6, 2],
        [7, 1],
      ]),
    );
    expect(r.n).toBe(10);
    expect(r.mean).toBeCloseTo(4.6, 10);
    expect(r.shareEasy).toBe(0.6);
    expect(r.distribution.map((d) => d.count)).toEqual([1, 0, 1, 2, 3, 2, 1]);
  });
});

describe('KANO (Berger et al. 1993; Matzler & Hinterhuber 1998; Fong 1996; Lee & Newcomb 1997)', () => {
  const LIKE = 1,
    EXPECT = 2,
    NEUTRAL = 3,
    TOLERATE = 4,
    DISLIKE = 5;
  const cellsOf = (pairs: [number, number, number][]) => {
    const cells = new Array<number>(25).fill(0);
    for (const [f, d, count] of pairs) cells[kanoCell(f as KanoAnswer, d as KanoAnswer)]! += count;
    return cells;
  };

  it('classifies by the standard evaluation table', () => {
    expect(classifyKano(LIKE, DISLIKE)).toBe('O');
    expect(classifyKano(LIKE, NEUTRAL)).toBe('A');
    expect(classifyKano(NEUTRAL, DISLIKE)).toBe('M');
    expect(classifyKano(EXPECT, TOLERATE)).toBe('I');
    expect(classifyKano(DISLIKE, LIKE)).toBe('R');
    expect(classifyKano(LIKE, LIKE)).toBe('Q');
    expect(classifyKano(DISLIKE, DISLIKE)).toBe('Q');
  });

  it('A 10, O 6, M 4, I 5, R 1, Q 1', () => {
    const r = analyseKano(
      cellsOf([
        [LIKE, NEUTRAL, 10],
        [LIKE, DISLIKE, 6],
        [NEUTRAL, DISLIKE, 4],
        [NEUTRAL, NEUTRAL, 5],
        [DISLIKE, LIKE, 1],
        [LIKE, LIKE, 1],
      ]),
    );
    expect(r.counts).toEqual({ A: 10, O: 6, M: 4, I: 5, R: 1, Q: 1 });
    expect(r).toMatchObject({ n: 27, valid: 26, category: 'A', tieBroken: false });
    // Better = (10 + 6)/25 = 0.64; Worse = −(6 + 4)/25 = −0.4.
    expect(r.better).toBeCloseTo(0.64, 10);
    expect(r.worse).toBeCloseTo(-0.4, 10);
    // Strength = (10 − 6)/26 = 15.38 points.
    expect(r.strength).toBeCloseTo(15.3846, 3);
    // Fong: 1.65·√(16·(52 − 16)/52) = 1.65·3.32820 = 5.4915 > |10 − 6|: not significant.
    expect(r.fong!.threshold).toBeCloseTo(5.4915, 3);
    expect(r.fong!.significant).toBe(false);
  });

  it('Matzler tie-break: M over A when within 5 points', () => {
    // A 11, M 10, I 4 of 25: 44% vs 40%, 4 points apart → M.
    const r = analyseKano(
      cellsOf([
        [LIKE, NEUTRAL, 11],
        [NEUTRAL, DISLIKE, 10],
        [NEUTRAL, NEUTRAL, 4],
      ]),
    );
    expect(r.category).toBe('M');
    expect(r.tieBroken).toBe(true);
    // A 13, M 10, I 2: 52% vs 40% → A stays.
    expect(
      analyseKano(
        cellsOf([
          [LIKE, NEUTRAL, 13],
          [NEUTRAL, DISLIKE, 10],
          [NEUTRAL, NEUTRAL, 2],
        ]),
      ).category,
    ).toBe('A');
    // A significant difference (Fong): A 30, I 5 of 35: 1.65·√(35·35/70) = 6.90 < 25.
    expect(
      analyseKano(
        cellsOf([
          [LIKE, NEUTRAL, 30],
          [NEUTRAL, NEUTRAL, 5],
        ]),
      ).fong!.significant,
    ).toBe(true);
  });

  it("DuMouchel's continuous scores", () => {
    // (like, dislike): functional 4, dysfunctional 4; (neutral, neutral): 0, 0; (like, neutral): 4, 0.
    // Means: functional 8/3, dysfunctional 4/3; the R pair is left out.
    const r = analyseKano(
      cellsOf([
        [LIKE, DISLIKE, 1],
        [NEUTRAL, NEUTRAL, 1],
        [LIKE, NEUTRAL, 1],
        [DISLIKE, LIKE, 1],
      ]),
    );
    expect(r.continuous!.n).toBe(3);
    expect(r.continuous!.functional).toBeCloseTo(8 / 3, 10);
    expect(r.continuous!.dysfunctional).toBeCloseTo(4 / 3, 10);
    // SD of functional {4, 0, 4}: √(32/3 − 64/9) = √(32/9) = 1.8856.
    expect(r.continuous!.functionalSd).toBeCloseTo(1.8856, 3);
  });
});
