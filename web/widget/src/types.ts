import type { Branch, QuestionType, Scale } from '../../../shared/survey-rules';

/** Shapes the frame reads from the surveys API (server/modules/surveys/schemas.ts). */
export type LocalText = { en: string; 'zh-CN': string };
export interface Question {
  id: string;
  type: QuestionType;
  title: LocalText;
  required: boolean;
  scale?: Scale;
  choices?: { id: string; label: LocalText }[];
  kano?: { functional: LocalText; dysfunctional: LocalText };
  branches: Branch[];
}
export interface Survey {
  slug: string;
  title: LocalText;
  welcome: LocalText;
  thanks: LocalText;
  questions: Question[];
}
/** A KANO pair is partial while the respondent has picked only one side. */
export type KanoPair = { functional?: number; dysfunctional?: number };
export type Value = number | string | string[] | KanoPair;
/** A response being answered: the token lets this browser go on writing it. */
export interface ResponseState {
  id: string;
  token: string;
  answers: Record<string, Value>;
  survey: Survey;
}
