/** Shapes of the surveys API (server/modules/surveys/schemas.ts, analytics-schemas.ts). */
export type LocalText = { en: string; 'zh-CN': string };
export type QuestionType = 'nps' | 'csat' | 'ces' | 'rating' | 'single' | 'multiple' | 'text' | 'kano';

export interface Branch { when: { op: 'eq' | 'lte' | 'gte' | 'includes' | 'answered'; value?: number | string }; goTo: string }
export interface Question {
  id: string;
  type: QuestionType;
  title: LocalText;
  required: boolean;
  scale?: { min: number; max: number };
  choices?: { id: string; label: LocalText }[];
  kano?: { functional: LocalText; dysfunctional: LocalText; ideaId?: string | null };
  branches: Branch[];
}

export interface SurveyInput {
  slug: string;
  title: LocalText;
  welcome: LocalText;
  thanks: LocalText;
  questions: Question[];
  opensAt: string | null;
  closesAt: string | null;
  samplingRate: number;
  quota: number | null;
  contactCooldownDays: number | null;
  triggerEvents: string[];
  widgetEvents: string[];
  audience: Record<string, string | number | boolean>;
  feedbackButton: boolean;
  anonymous: boolean;
}

export interface Survey extends SurveyInput {
  id: string;
  status: 'draft' | 'open' | 'closed';
  completedCount: number;
  publicPath: string;
  createdAt: string;
  updatedAt: string;
}

export interface PublicSurvey { id: string; slug: string; title: LocalText; welcome: LocalText; thanks: LocalText; questions: Question[]; anonymous: boolean }
export type KanoValue = { functional: number; dysfunctional: number };
export type AnswerValue = number | string | string[] | KanoValue;
export interface ResponseState { id: string; token: string; status: 'in_progress' | 'completed'; answers: Record<string, AnswerValue>; survey: PublicSurvey }

export interface Interval { low: number; high: number }
export interface Distribution { value: number; count: number }
export interface NpsResult { n: number; promoters: number; passives: number; detractors: number; nps: number | null; interval: Interval | null; standardError: number | null }
export interface KanoResult {
  n: number; valid: number; counts: Record<'A' | 'O' | 'M' | 'I' | 'R' | 'Q', number>; category: 'A' | 'O' | 'M' | 'I' | 'R' | 'Q' | null; tieBroken: boolean;
  strength: number | null; fong: { a: number; b: number; threshold: number; significant: boolean } | null; better: number | null; worse: number | null;
  continuous: { functional: number; dysfunctional: number; functionalSd: number; dysfunctionalSd: number; n: number } | null;
}
export interface QuestionMetric {
  questionId: string; type: QuestionType; title: LocalText; n: number;
  nps?: NpsResult;
  npsChange?: { difference: number; standardError: number; interval: Interval; z: number; significant: boolean } | null;
  csat?: { n: number; satisfied: number; csat: number | null; interval: Interval | null; mean: number | null; distribution: Distribution[] };
  ces?: { n: number; mean: number | null; shareEasy: number | null; interval: Interval | null; distribution: Distribution[] };
  rating?: { n: number; mean: number | null; distribution: Distribution[] };
  choices?: { n: number; choices: { id: string; label: LocalText; count: number; share: number | null }[] };
  kano?: KanoResult;
}
export interface Summary { responses: number; questions: QuestionMetric[] }
export interface Point { period: string; n: number; value: number | null; low: number | null; high: number | null }
export interface Trend { questionId: string; type: string; unit: 'day' | 'week' | 'month'; points: Point[] }
export interface Breakdown { questionId: string; by: string; groups: (Omit<Point, 'period'> & { key: string })[] }
export interface KanoReport { matzlerMarginPoints: number; features: { questionId: string; feature: LocalText; ideaId: string | null; result: KanoResult }[] }
export interface Keyword { term: string; count: number }
export interface TextReport { questionId: string; answers: number; keywords: Keyword[]; periods: { period: string; answers: number; keywords: Keyword[] }[]; segments: { segment: string; answers: number; keywords: Keyword[] }[] }
export interface ResponseItem {
  id: string; customer: { id: string; name: string; email: string | null } | null; channel: string; touchpoint: string | null; locale: string;
  segment: string | null; entityType: string | null; entityId: string | null; answers: Record<string, AnswerValue>; completedAt: string;
}
export interface Followup {
  id: string; surveyId: string; surveyTitle: LocalText; responseId: string; questionId: string;
  customer: { id: string; name: string | null; email: string | null } | null;
  kind: 'detractor' | 'low_csat'; score: number; comment: string | null; status: 'open' | 'closed';
  assignee: { id: string; name: string | null } | null; notes: { authorId: string | null; body: string; at: string }[];
  outcome: 'contacted' | 'resolved' | 'no_answer' | null; nextResponse: { id: string; score: number | null } | null; createdAt: string; closedAt: string | null;
}
export interface Recovery {
  open: number; closed: number; outcomes: { contacted: number; resolved: number; no_answer: number }; detractors: number; answeredAgain: number;
  movement: { detractor: number; passive: number; promoter: number }; recovered: number; recoveredShare: number | null;
}
export interface Page<T> { items: T[]; nextCursor: string | null }
