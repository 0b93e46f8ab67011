import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Branch,
  type BranchingQuestion,
  isScaleType,
  KANO_SCALE,
  meets,
  nextQuestionIndex,
  pathThrough,
  QUESTION_TYPES,
  scaleOf,
} from './survey-rules.js';

const q = (id: string, branches: Branch[] = []): BranchingQuestion => ({ id, branches });
const ids = (path: BranchingQuestion[]) => path.map((x) => x.id);

describe('scales', () => {
  it('fixes NPS at 0-10 and CES at 1-7 whatever scale the question carries', () => {
    expect(scaleOf({ type: 'nps' })).toEqual({ min: 0, max: 10 });
    expect(scaleOf({ type: 'nps', scale: { min: 1, max: 5 } })).toEqual({ min: 0, max: 10 });
    expect(scaleOf({ type: 'ces' })).toEqual({ min: 1, max: 7 });
    expect(scaleOf({ type: 'ces', scale: { min: 0, max: 3 } })).toEqual({ min: 1, max: 7 });
  });

  it('answers CSAT and rating on their own scale, 1-5 unless set', () => {
    expect(scaleOf({ type: 'csat' })).toEqual({ min: 1, max: 5 });
    expect(scaleOf({ type: 'rating' })).toEqual({ min: 1, max: 5 });
    expect(scaleOf({ type: 'csat', scale: { min: 0, max: 10 } })).toEqual({ min: 0, max: 10 });
    expect(scaleOf({ type: 'rating', scale: { min: 1, max: 7 } })).toEqual({ min: 1, max: 7 });
  });

  it('answers each side of a KANO pair on five points', () => {
    expect(KANO_SCALE).toEqual({ min: 1, max: 5 });
  });

  it('counts NPS, CSAT, CES and rating as the scale questions', () => {
    expect(QUESTION_TYPES.filter(isScaleType)).toEqual(['nps', 'csat', 'ces', 'rating']);
  });
});

describe('branch conditions', () => {
  it('compare the answer by equality, by bounds, by inclusion or by its presence', () => {
    expect(meets({ op: 'eq', value: 'yes' }, 'yes')).toBe(true);
    expect(meets({ op: 'eq', value: 3 }, '3')).toBe(false);
    expect(meets({ op: 'lte', value: 6 }, 6)).toBe(true);
    expect(meets({ op: 'lte', value: 6 }, 7)).toBe(false);
    expect(meets({ op: 'gte', value: 9 }, 9)).toBe(true);
    expect(meets({ op: 'gte', value: 9 }, 8)).toBe(false);
    expect(meets({ op: 'lte', value: '6' }, 3)).toBe(false);
    expect(meets({ op: 'includes', value: 'price' }, ['speed', 'price'])).toBe(true);
    expect(meets({ op: 'includes', value: 'price' }, 'price')).toBe(false);
    expect(meets({ op: 'answered' }, { functional: 1, dysfunctional: 5 })).toBe(true);
  });

  it('are never met by a question left unanswered', () => {
    for (const op of ['eq', 'lte', 'gte', 'includes', 'answered'] as const)
      expect(meets({ op }, undefined)).toBe(false);
  });
});

describe('the next question after an answer', () => {
  const survey = [
    q('score', [
      { when: { op: 'lte', value: 6 }, goTo: 'why' },
      { when: { op: 'lte', value: 8 }, goTo: 'end' },
    ]),
    q('best'),
    q('why'),
    q('contact'),
  ];

  it('is the first branch the answer meets, else the next question', () => {
    expect(nextQuestionIndex(survey, 0, { score: 3 })).toBe(2);
    expect(nextQuestionIndex(survey, 0, { score: 10 })).toBe(1);
    expect(nextQuestionIndex(survey, 0, {})).toBe(1);
    expect(nextQuestionIndex(survey, 1, { best: 'x' })).toBe(2);
  });

  it('is none after a branch to the end, after the last question, or past the questions', () => {
    expect(nextQuestionIndex(survey, 0, { score: 7 })).toBe(-1);
    expect(nextQuestionIndex(survey, 3, { contact: 'yes' })).toBe(-1);
    expect(nextQuestionIndex(survey, 4, {})).toBe(-1);
  });

  it('is none when a branch points back or nowhere, so a bad definition cannot loop', () => {
    const bad = [
      q('a'),
      q('b', [{ when: { op: 'answered' }, goTo: 'a' }]),
      q('c', [{ when: { op: 'answered' }, goTo: 'gone' }]),
      q('d'),
    ];
    expect(nextQuestionIndex(bad, 1, { b: 1 })).toBe(-1);
    expect(nextQuestionIndex(bad, 2, { c: 1 })).toBe(-1);
    expect(ids(pathThrough(bad, { b: 1 }))).toEqual(['a', 'b']);
  });
});

describe('the questions on the path', () => {
  const survey = [
    q('score', [
      { when: { op: 'gte', value: 9 }, goTo: 'praise' },
      { when: { op: 'lte', value: 6 }, goTo: 'problems' },
    ]),
    q('improve', [{ when: { op: 'answered' }, goTo: 'contact' }]),
    q('praise', [{ when: { op: 'eq', value: 'nothing' }, goTo: 'end' }]),
    q('problems', [{ when: { op: 'includes', value: 'noise' }, goTo: 'noise' }]),
    q('contact'),
    q('noise'),
  ];

  it('are every question in order while nothing is answered', () => {
    expect(ids(pathThrough(survey, {}))).toEqual(['score', 'improve', 'praise', 'problems', 'contact', 'noise']);
  });

  it('follow the branches the answers take, skipping the questions between', () => {
    expect(ids(pathThrough(survey, { score: 10 }))).toEqual(['score', 'praise', 'problems', 'contact', 'noise']);
    expect(ids(pathThrough(survey, { score: 10, praise: 'nothing' }))).toEqual(['score', 'praise']);
    expect(ids(pathThrough(survey, { score: 2, problems: ['noise', 'price'] }))).toEqual([
      'score',
      'problems',
      'noise',
    ]);
    expect(ids(pathThrough(survey, { score: 7, improve: 'faster' }))).toEqual(['score', 'improve', 'contact', 'noise']);
  });

  it('keep the questions themselves, not copies', () => {
    expect(pathThrough(survey, { score: 10 })[1]).toBe(survey[2]);
  });

  it('are none for a survey without questions', () => {
    expect(pathThrough([], {})).toEqual([]);
  });

  it('start with the first question; after each, the first branch its answer meets (ending at end or a backward target), else the next question', () => {
    const definitions = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(
        fc.array(
          fc.array(fc.record({ value: fc.integer({ min: 0, max: 10 }), goTo: fc.integer({ min: -1, max: n }) }), {
            maxLength: 3,
          }),
          { minLength: n, maxLength: n },
        ),
        fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), { minLength: n, maxLength: n }),
      ),
    );
    fc.assert(
      fc.property(definitions, ([branches, values]) => {
        const questions = branches.map((bs, i) =>
          q(
            `q${i}`,
            bs.map((b) => ({ when: { op: 'lte' as const, value: b.value }, goTo: b.goTo < 0 ? 'end' : `q${b.goTo}` })),
          ),
        );
        const answers = Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[`q${i}`, v]])));
        const path = pathThrough(questions, answers).map((x) => questions.indexOf(x));
        expect(path[0]).toBe(0);
        path.forEach((at, k) => {
          const answer = answers[`q${at}`];
          const taken = branches[at]!.find((b) => answer !== undefined && answer <= b.value);
          const expected = !taken ? at + 1 : taken.goTo > at ? taken.goTo : questions.length;
          expect(path[k + 1] ?? questions.length).toBe(Math.min(expected, questions.length));
        });
      }),
    );
  });
});
