import { timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { withTransaction, type Tx } from '../../../platform/db/index.js';
import {
  answerRequired,
  invalidAnswer,
  responseCompleted,
  responseNotFound,
  surveyClosed,
  unknownAnswerQuestion,
} from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { searchTokens } from '../../../platform/text/index.js';
import { requireWorkspace, type CommandContext } from '../../identity/index.js';
import { checkAnswer, pathThrough, type AnswerValue } from '../definition.js';
import { SurveyEvents, type ResponseCompletedPayload } from '../events.js';
import { presentPublicSurvey } from '../presenters.js';
import { hashToken } from '../secrets.js';
import { answerableReason, findSurvey, questionsOf } from '../survey-rows.js';

/** The response a token opens; the token is the respondent's only key. */
async function responseFor(tx: Tx, workspaceId: string, id: string, token: string) {
  const row = await tx
    .selectFrom('survey_responses')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  const expected = Buffer.from(row?.token_hash ?? '');
  const given = Buffer.from(hashToken(token));
  if (!row || expected.length !== given.length || !timingSafeEqual(expected, given)) throw responseNotFound();
  return row;
}

/** Reopens a response where the respondent left it. */
export async function resumeResponse(ctx: CommandContext, id: string, token: string) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const row = await responseFor(tx, workspaceId, id, token);
    const survey = await findSurvey(tx, workspaceId, row.survey_id);
    return { id, token, status: row.status, answers: row.answers, survey: presentPublicSurvey(survey) };
  });
}

/**
 * Saves answers as the respondent goes (partial answers are kept), and completes the response
 * when asked: only the questions on the branch path count, required ones must be answered.
 */
export async function saveAnswers(
  ctx: CommandContext,
  id: string,
  input: { token: string; answers: Record<string, unknown>; complete: boolean },
) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const row = await responseFor(tx, workspaceId, id, input.token);
    if (row.status === 'completed') throw responseCompleted();
    // A quota is counted under the survey's lock, so two last answers cannot both get in.
    const survey = await findSurvey(
      tx,
      workspaceId,
      row.survey_id,
      input.complete && (await findSurvey(tx, workspaceId, row.survey_id)).quota !== null,
    );
    const questions = questionsOf(survey);
    const answers = { ...(row.answers as Record<string, AnswerValue>) };
    for (const [questionId, value] of Object.entries(input.answers)) {
      const question = questions.find((q) => q.id === questionId);
      if (!question) throw unknownAnswerQuestion(questionId);
      if (value === null) {
        delete answers[questionId];
        continue;
      }
      const checked = checkAnswer(question, value);
      if (!checked.ok) throw invalidAnswer(questionId, checked.message);
      answers[questionId] = checked.value;
    }
    if (!input.complete) {
      await tx
        .updateTable('survey_responses')
        .set({ answers: JSON.stringify(answers), updated_at: sql<Date>`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
      return { id, token: input.token, status: 'in_progress' as const, answers, survey: presentPublicSurvey(survey) };
    }
    const reason = await answerableReason(tx, survey);
    if (reason) throw surveyClosed(reason);
    const path = pathThrough(questions, answers);
    const kept: Record<string, AnswerValue> = {};
    for (const q of path) {
      if (answers[q.id] !== undefined) kept[q.id] = answers[q.id]!;
      else if (q.required) throw answerRequired(q.id);
    }
    const texts = path
      .filter((q) => q.type === 'text' && typeof kept[q.id] === 'string')
      .map((q) => kept[q.id] as string);
    const completed = await tx
      .updateTable('survey_responses')
      .set({
        answers: JSON.stringify(kept),
        status: 'completed',
        completed_at: sql<Date>`now()`,
        updated_at: sql<Date>`now()`,
        search_tokens: searchTokens(texts.join('\n')),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (row.invitation_hash) {
      await tx
        .updateTable('survey_invitations')
        .set({ used_at: sql<Date>`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('token_hash', '=', row.invitation_hash)
        .execute();
    }
    await record<ResponseCompletedPayload>(tx, {
      name: SurveyEvents.responseCompleted,
      workspaceId,
      actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      customerId: completed.customer_id,
      touchpoint: completed.touchpoint ?? completed.channel,
      payload: {
        surveyId: survey.id,
        responseId: id,
        channel: completed.channel,
        entityType: completed.entity_type,
        entityId: completed.entity_id,
      },
    });
    return { id, token: input.token, status: 'completed' as const, answers: kept, survey: presentPublicSurvey(survey) };
  });
}
