import { sql } from 'kysely';
import { withTransaction, type Tx } from '../../../platform/db/index.js';
import { invitationNotFound, invitationUsed, responseCompleted } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { findPerson, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { SurveyEvents } from '../events.js';
import { presentPublicSurvey } from '../presenters.js';
import type { z } from 'zod';
import type { StartResponseSchema } from '../schemas.js';
import { hashToken, randomToken } from '../secrets.js';
import { assertAnswerable, findSurveyBySlug, type SurveyRow } from '../survey-rows.js';

type StartInput = z.infer<typeof StartResponseSchema>;

/** The customer's segment attribute, carried on the response for comparisons. */
async function segmentOf(tx: Tx, workspaceId: string, customerId: string | null): Promise<string | null> {
  if (!customerId) return null;
  const user = await findPerson(tx, workspaceId, customerId);
  const segment = user?.attributes?.segment;
  return typeof segment === 'string' || typeof segment === 'number' ? String(segment).slice(0, 60) : null;
}

/**
 * Starts (or resumes) a response. A personal link resumes its own response; a signed-in customer
 * resumes their unfinished one. Resuming hands out a fresh token, so only the last device holds it.
 */
export async function startResponse(ctx: CommandContext, slug: string, input: StartInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const survey = await findSurveyBySlug(tx, workspaceId, slug);
    await assertAnswerable(tx, survey);
    let customerId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    let channel: string = input.channel;
    let touchpoint = input.touchpoint ?? null;
    let entity: { type: string | null; id: string | null } = { type: null, id: null };
    let invitationHash: string | null = null;
    if (input.invitation) {
      invitationHash = hashToken(input.invitation);
      const invitation = await tx
        .selectFrom('survey_invitations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('token_hash', '=', invitationHash)
        .forUpdate()
        .executeTakeFirst();
      if (!invitation || invitation.survey_id !== survey.id) throw invitationNotFound();
      if (invitation.used_at) throw invitationUsed();
      customerId = invitation.user_id ?? customerId;
      channel = invitation.channel;
      touchpoint = invitation.touchpoint ?? touchpoint;
      entity = { type: invitation.entity_type, id: invitation.entity_id };
      if (invitation.response_id) return resume(tx, survey, workspaceId, invitation.response_id);
    } else if (customerId && !survey.anonymous) {
      const open = await tx
        .selectFrom('survey_responses')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('survey_id', '=', survey.id)
        .where('customer_id', '=', customerId)
        .where('status', '=', 'in_progress')
        .orderBy('started_at', 'desc')
        .executeTakeFirst();
      if (open) return resume(tx, survey, workspaceId, open.id);
    }
    if (survey.anonymous) customerId = null;
    const id = newId();
    const token = randomToken();
    await tx
      .insertInto('survey_responses')
      .values({
        workspace_id: workspaceId,
        id,
        survey_id: survey.id,
        customer_id: customerId,
        token_hash: hashToken(token),
        invitation_hash: invitationHash,
        channel,
        touchpoint,
        locale: input.locale,
        segment: await segmentOf(tx, workspaceId, customerId),
        entity_type: entity.type,
        entity_id: entity.id,
      })
      .execute();
    if (invitationHash) {
      await tx
        .updateTable('survey_invitations')
        .set({ response_id: id })
        .where('workspace_id', '=', workspaceId)
        .where('token_hash', '=', invitationHash)
        .execute();
    }
    await record(tx, {
      name: SurveyEvents.responseStarted,
      workspaceId,
      actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      customerId,
      touchpoint: touchpoint ?? channel,
      payload: { surveyId: survey.id, responseId: id, channel },
    });
    return { id, token, status: 'in_progress' as const, answers: {}, survey: presentPublicSurvey(survey) };
  });
}

async function resume(tx: Tx, survey: SurveyRow, workspaceId: string, responseId: string) {
  const token = randomToken();
  const row = await tx
    .updateTable('survey_responses')
    .set({ token_hash: hashToken(token), updated_at: sql<Date>`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', responseId)
    .returning(['id', 'status', 'answers'])
    .executeTakeFirstOrThrow();
  if (row.status === 'completed') throw responseCompleted();
  return { id: row.id, token, status: row.status, answers: row.answers, survey: presentPublicSurvey(survey) };
}
