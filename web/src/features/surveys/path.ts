import type { AnswerValue, Question } from './types';

/** Same rule as the server (server/modules/surveys/definition.ts): the questions shown given the answers so far. */
export function pathThrough(questions: readonly Question[], answers: Readonly<Record<string, AnswerValue>>): Question[] {
  const path: Question[] = [];
  let i = 0;
  while (i < questions.length) {
    const q = questions[i]!;
    path.push(q);
    const value = answers[q.id];
    const branch = q.branches.find(({ when }) => {
      if (value === undefined) return false;
      if (when.op === 'answered') return true;
      if (when.op === 'eq') return value === when.value;
      if (when.op === 'lte') return typeof value === 'number' && typeof when.value === 'number' && value <= when.value;
      if (when.op === 'gte') return typeof value === 'number' && typeof when.value === 'number' && value >= when.value;
      return Array.isArray(value) && value.includes(String(when.value));
    });
    if (!branch) { i++; continue; }
    if (branch.goTo === 'end') break;
    i = questions.findIndex((t) => t.id === branch.goTo);
  }
  return path;
}

export const scaleOf = (q: Question) => (q.type === 'nps' ? { min: 0, max: 10 } : q.type === 'ces' ? { min: 1, max: 7 } : q.scale ?? { min: 1, max: 5 });
