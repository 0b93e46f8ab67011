import { sql } from 'kysely';
import { record, type Subscriber } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { scaleOf, type AnswerValue, type Question } from '../definition.js';
import { SurveyEvents, type DetractorDetectedPayload, type ResponseCompletedPayload } from '../events.js';
import { findSurvey, questionsOf } from '../survey-rows.js';

/** A detractor (NPS 0–6) or an unhappy CSAT (the bottom two points of its scale) needs a call back. */
export function followupKind(q: Question, value: AnswerValue | undefined): 'detractor' | 'low_csat' | null {
  if (typeof value !== 'number') return null;
  if (q.type === 'nps' && value <= 6) return 'detractor';
  if (q.type === 'csat' && value <= scaleOf(q).min + 1) return 'low_csat';
  return null;
}

/**
 * Opens follow-ups for unhappy answers, and records how earlier follow-ups of the same customer
 * on the same survey moved when the customer answers again (the recovery measure).
 */
export const followupSubscriber: Subscriber = {
  name: 'surveys.followups',
  events: [SurveyEvents.responseCompleted],
  async handle(event, { tx }) {
    const { responseId, surveyId } = event.payload as ResponseCompletedPayload;
    const workspaceId = event.workspaceId!;
    const response = await tx
      .selectFrom('survey_responses')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', responseId)
      .executeTakeFirst();
    if (!response || response.status !== 'completed') return;
    const survey = await findSurvey(tx, workspaceId, surveyId);
    const answers = response.answers as Record<string, AnswerValue>;
    for (const q of questionsOf(survey)) {
      const kind = followupKind(q, answers[q.id]);
      if (kind === null) continue;
      const id = newId();
      const inserted = await tx
        .insertInto('survey_followups')
        .values({
          workspace_id: workspaceId,
          id,
          survey_id: surveyId,
          response_id: responseId,
          question_id: q.id,
          customer_id: response.customer_id,
          kind,
          score: answers[q.id] as number,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      await record<DetractorDetectedPayload>(tx, {
        name: SurveyEvents.detractorDetected,
        workspaceId,
        customerId: response.customer_id,
        touchpoint: response.touchpoint ?? response.channel,
        payload: { followupId: id, surveyId, responseId, questionId: q.id, kind, score: answers[q.id] as number },
      });
    }
    if (!response.customer_id) return;
    // The next answer of the same customer to the same question is the movement of each earlier follow-up.
    for (const q of questionsOf(survey)) {
      const score = answers[q.id];
      if (typeof score !== 'number') continue;
      await tx
        .updateTable('survey_followups')
        .set({ next_response_id: responseId, next_score: score, updated_at: sql<Date>`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', '=', response.customer_id)
        .where('survey_id', '=', surveyId)
        .where('question_id', '=', q.id)
        .where('next_response_id', 'is', null)
        .where('response_id', '<>', responseId)
        .execute();
    }
  },
};
