/**
 * The survey rules that the server, the web app and the widget must agree on: the scale each
 * question type is answered on, which question follows an answer (branching), and so which
 * questions a respondent is shown. The server enforces them; the web app and the widget follow
 * them so that what a respondent sees is what the server accepts.
 *
 * Plain TypeScript with no imports and no Node or DOM API, so that the server (tsc, NodeNext),
 * the web app (Vite) and the widget (esbuild) all compile it; shared/tsconfig.json checks that.
 */

export const QUESTION_TYPES = ['nps', 'csat', 'ces', 'rating', 'single', 'multiple', 'text', 'kano'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The question types answered by picking a whole number on a scale (see `scaleOf`). */
export const SCALE_TYPES = ['nps', 'csat', 'ces', 'rating'] as const;
export const isScaleType = (type: string): type is (typeof SCALE_TYPES)[number] =>
  (SCALE_TYPES as readonly string[]).includes(type);

export interface Scale {
  min: number;
  max: number;
}

/** Each side of a KANO pair is answered on five points: like, expect, neutral, tolerate, dislike. */
export const KANO_SCALE: Scale = { min: 1, max: 5 };

/**
 * The scale a question is answered on: NPS is fixed at 0–10 and CES at 1–7 so that scores stay
 * comparable across surveys; CSAT and rating use their own scale, 1–5 unless set.
 */
export function scaleOf(q: { type: string; scale?: Scale | undefined }): Scale {
  if (q.type === 'nps') return { min: 0, max: 10 };
  if (q.type === 'ces') return { min: 1, max: 7 };
  return q.scale ?? { min: 1, max: 5 };
}

export const CONDITION_OPS = ['eq', 'lte', 'gte', 'includes', 'answered'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export interface Condition {
  op: ConditionOp;
  value?: number | string | undefined;
}
/** `goTo` is a later question's id or `end`. */
export interface Branch {
  when: Condition;
  goTo: string;
}
/** What the rules need to know of a question; the server's, the web app's and the widget's questions all have it. */
export interface BranchingQuestion {
  id: string;
  branches: readonly Branch[];
}

/** Whether an answer meets a branch's condition; an unanswered question meets none. */
export function meets(condition: Condition, value: unknown): boolean {
  if (value === undefined) return false;
  switch (condition.op) {
    case 'answered':
      return true;
    case 'eq':
      return value === condition.value;
    case 'lte':
      return typeof value === 'number' && typeof condition.value === 'number' && value <= condition.value;
    case 'gte':
      return typeof value === 'number' && typeof condition.value === 'number' && value >= condition.value;
    case 'includes':
      return Array.isArray(value) && value.includes(String(condition.value));
  }
}

/**
 * The index of the question that follows `questions[index]` given its answer: the target of its
 * first branch whose condition the answer meets, else the next question; -1 when the survey ends
 * there. A target that is not a later question ends the survey too (definitions are validated to
 * branch forward only), so following the branches always stops.
 */
export function nextQuestionIndex(
  questions: readonly BranchingQuestion[],
  index: number,
  answers: Readonly<Record<string, unknown>>,
): number {
  const q = questions[index];
  if (!q) return -1;
  const branch = q.branches.find((b) => meets(b.when, answers[q.id]));
  const next = !branch ? index + 1 : branch.goTo === 'end' ? -1 : questions.findIndex((t) => t.id === branch.goTo);
  return next > index && next < questions.length ? next : -1;
}

/** The questions a respondent is shown given their answers so far, following the branches. */
export function pathThrough<Q extends BranchingQuestion>(
  questions: readonly Q[],
  answers: Readonly<Record<string, unknown>>,
): Q[] {
  const path: Q[] = [];
  for (let i = questions.length > 0 ? 0 : -1; i >= 0; i = nextQuestionIndex(questions, i, answers))
    path.push(questions[i]!);
  return path;
}
