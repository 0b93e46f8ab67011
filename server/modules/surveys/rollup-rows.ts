import type { AnswerValue, KanoValue, Question } from './definition.js';
import { kanoCell, type KanoAnswer } from './metrics/kano.js';

/** The dimensions a response is counted under; '' stands for "not known". */
export interface ResponseDimensions {
  day: string;
  channel: string;
  touchpoint: string;
  locale: string;
  segment: string;
}

export interface CountRow extends ResponseDimensions {
  questionId: string;
  value: number;
}

/**
 * The counts one completed response adds: a score's value for NPS/CSAT/CES/rating, the choice's
 * position for choices, the 25-cell position of a KANO pair. Text answers are not counted.
 */
export function countRowsOf(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerValue>>,
  dims: ResponseDimensions,
): CountRow[] {
  const rows: CountRow[] = [];
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    switch (q.type) {
      case 'nps':
      case 'csat':
      case 'ces':
      case 'rating':
        if (typeof value === 'number') rows.push({ ...dims, questionId: q.id, value });
        break;
      case 'single': {
        const index = q.choices!.findIndex((c) => c.id === value);
        if (index >= 0) rows.push({ ...dims, questionId: q.id, value: index });
        break;
      }
      case 'multiple':
        if (Array.isArray(value))
          for (const choice of value) {
            const index = q.choices!.findIndex((c) => c.id === choice);
            if (index >= 0) rows.push({ ...dims, questionId: q.id, value: index });
          }
        break;
      case 'kano': {
        const v = value as KanoValue;
        rows.push({
          ...dims,
          questionId: q.id,
          value: kanoCell(v.functional as KanoAnswer, v.dysfunctional as KanoAnswer),
        });
        break;
      }
      case 'text':
        break;
    }
  }
  return rows;
}
