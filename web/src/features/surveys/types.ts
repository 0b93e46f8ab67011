/** Shapes of the surveys API, named from the generated OpenAPI types (src/api/schema.d.ts). */
import type { ResponseOf } from '../../api/operations';

export type Survey = ResponseOf<'get', '/surveys/{id}'>;
/** A survey's definition with every field set, as the builder edits it (the API fills in what a body leaves out). */
export type SurveyInput = Omit<Survey, 'id' | 'status' | 'completedCount' | 'publicPath' | 'createdAt' | 'updatedAt'>;
export type Question = Survey['questions'][number];
export type QuestionType = Question['type'];
export type LocalText = Question['title'];
export type Branch = Question['branches'][number];

/** A KANO answer: the functional and the dysfunctional side, each on five points. */
export type KanoValue = { functional: number; dysfunctional: number };
/** An answer as each question type gives it; the API leaves answers open, since their shape depends on the question. */
export type AnswerValue = number | string | string[] | KanoValue;
type WithAnswers<T> = Omit<T, 'answers'> & { answers: Record<string, AnswerValue> };

export type PublicSurvey = ResponseOf<'get', '/s/{slug}'>;
export type ResponseState = WithAnswers<ResponseOf<'get', '/survey-responses/{id}'>>;

export type Summary = ResponseOf<'get', '/surveys/{id}/summary'>;
export type QuestionMetric = Summary['questions'][number];
export type Trend = ResponseOf<'get', '/surveys/{id}/trend'>;
export type Breakdown = ResponseOf<'get', '/surveys/{id}/breakdown'>;
export type KanoReport = ResponseOf<'get', '/surveys/{id}/kano'>;
export type TextReport = ResponseOf<'get', '/surveys/{id}/text'>;
export type ResponseItem = WithAnswers<ResponseOf<'get', '/surveys/{id}/responses'>['items'][number]>;
export type Followup = ResponseOf<'get', '/survey-followups'>['items'][number];
export type Recovery = ResponseOf<'get', '/survey-followups/recovery'>;
