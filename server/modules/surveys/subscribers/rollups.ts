import { sql } from 'kysely';
import type { Subscriber } from '../../../platform/events/index.js';
import { workspaceClock } from '../../identity/index.js';
import type { AnswerValue } from '../definition.js';
import { SurveyEvents, type ResponseCompletedPayload } from '../events.js';
import { countRowsOf } from '../rollup-rows.js';
import { findSurvey, questionsOf } from '../survey-rows.js';

/**
 * Keeps survey_counts, survey_daily_counts, survey_totals and the survey's completed_count exact: each completed
 * response adds its answers once. The response's
 * `rolled_up` flag, set in the same transaction as the counts, makes redelivery harmless.
 */
export const rollupSubscriber: Subscriber = {
  name: 'surveys.rollups',
  events: [SurveyEvents.responseCompleted],
  async handle(event, { tx }) {
    const { responseId } = event.payload as ResponseCompletedPayload;
    const workspaceId = event.workspaceId!;
    const response = await tx
      .updateTable('survey_responses')
      .set({ rolled_up: true })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', responseId)
      .where('status', '=', 'completed')
      .where('rolled_up', '=', false)
      .returningAll()
      .executeTakeFirst();
    if (!response) return;
    const survey = await findSurvey(tx, workspaceId, response.survey_id);
    await tx
      .updateTable('surveys')
      .set({ completed_count: sql<number>`completed_count + 1` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', survey.id)
      .execute();
    const { timeZone } = await workspaceClock(tx, workspaceId);
    const { day } = await sql<{ day: string }>`
      select to_char((${response.completed_at}::timestamptz at time zone ${timeZone})::date, 'YYYY-MM-DD') as day`
      .execute(tx)
      .then((r) => r.rows[0]!);
    const rows = countRowsOf(questionsOf(survey), response.answers as Record<string, AnswerValue>, {
      day,
      channel: response.channel,
      touchpoint: response.touchpoint ?? '',
      locale: response.locale,
      segment: response.segment ?? '',
    });
    if (rows.length === 0) return;
    await tx
      .insertInto('survey_counts')
      .values(
        rows.map((r) => ({
          workspace_id: workspaceId,
          survey_id: survey.id,
          question_id: r.questionId,
          day: r.day,
          channel: r.channel,
          touchpoint: r.touchpoint,
          locale: r.locale,
          segment: r.segment,
          value: r.value,
          n: 1,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns([
            'workspace_id',
            'survey_id',
            'question_id',
            'day',
            'channel',
            'touchpoint',
            'locale',
            'segment',
            'value',
          ])
          .doUpdateSet({ n: sql`survey_counts.n + excluded.n` }),
      )
      .execute();
    const daily = new Map<string, { questionId: string; value: number; n: number }>();
    for (const r of rows) {
      const key = `${r.questionId}|${r.value}`;
      const cell = daily.get(key) ?? { questionId: r.questionId, value: r.value, n: 0 };
      cell.n++;
      daily.set(key, cell);
    }
    await tx
      .insertInto('survey_daily_counts')
      .values(
        [...daily.values()].map((c) => ({
          workspace_id: workspaceId,
          survey_id: survey.id,
          question_id: c.questionId,
          day,
          value: c.value,
          n: c.n,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'survey_id', 'question_id', 'day', 'value'])
          .doUpdateSet({ n: sql`survey_daily_counts.n + excluded.n` }),
      )
      .execute();
    await tx
      .insertInto('survey_totals')
      .values(
        [...daily.values()].map((c) => ({
          workspace_id: workspaceId,
          survey_id: survey.id,
          question_id: c.questionId,
          value: c.value,
          n: c.n,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'survey_id', 'question_id', 'value'])
          .doUpdateSet({ n: sql`survey_totals.n + excluded.n` }),
      )
      .execute();
  },
};
