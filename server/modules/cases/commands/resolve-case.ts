import { withTransaction, type Tx } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { renderMarkdown } from '../../../platform/text/index.js';
import { getPerson, type CommandContext } from '../../identity/index.js';
import { ownCase, portalLink, staffCase } from '../access.js';
import { caseActor, CLOSED_STATUSES, updateCase, type CaseActor, type CaseRow } from '../case-row.js';
import {
  caseAlreadyClosed,
  notARootCause,
  offerPending,
  ratingNeedsResolved,
  reopenNeedsResolved,
  reopenPeriodOver,
} from '../errors.js';
import { CaseEvents, type CaseResolvedPayload } from '../events.js';
import { mailCustomerUpdate, workspaceInfo } from '../notify.js';
import { getCaseSettings } from '../settings.js';
import { loadSlaContext, type SlaContext } from '../sla/load.js';

/** Resolves a case inside a transaction that already holds its lock (also used by bulk actions). */
export async function resolveLocked(
  tx: Tx,
  ctx: CommandContext,
  sla: SlaContext,
  by: CaseActor,
  row: CaseRow,
  input: { note: string; rootCauseId?: string | null },
): Promise<CaseRow> {
  if (CLOSED_STATUSES.includes(row.status)) throw caseAlreadyClosed(row.number);
  if (row.status === 'remedy_offered') throw offerPending(row.number);
  if (input.rootCauseId) {
    const cause = await tx
      .selectFrom('case_root_causes')
      .select('id')
      .where('workspace_id', '=', row.workspace_id)
      .where('id', '=', input.rootCauseId)
      .executeTakeFirst();
    if (!cause) throw notARootCause('body.rootCauseId');
  }
  const settings = await getCaseSettings(tx, row.workspace_id);
  const now = new Date();
  const accepted = await tx
    .selectFrom('case_offers')
    .select(['remedy', 'carried_out_at', 'id'])
    .where('workspace_id', '=', row.workspace_id)
    .where('case_id', '=', row.id)
    .where('status', '=', 'accepted')
    .orderBy('round', 'desc')
    .executeTakeFirst();
  if (accepted && !accepted.carried_out_at) {
    await tx
      .updateTable('case_offers')
      .set({ carried_out_at: now })
      .where('workspace_id', '=', row.workspace_id)
      .where('id', '=', accepted.id)
      .execute();
  }
  if (input.note) {
    await tx
      .insertInto('case_messages')
      .values({
        workspace_id: row.workspace_id,
        id: newId(),
        case_id: row.id,
        author_id: by.id,
        author_kind: by.kind === 'customer' ? 'agent' : by.kind,
        body: input.note,
        body_html: renderMarkdown(input.note),
      })
      .execute();
  }
  const next = await updateCase(
    tx,
    sla,
    by,
    row,
    {
      status: 'resolved',
      resolved_at: now,
      reopen_until: new Date(now.getTime() + settings.reopenDays * 86_400_000),
      awaiting_reply_since: null,
      first_responded_at: row.first_responded_at ?? (input.note ? now : null),
      ...(input.rootCauseId !== undefined ? { root_cause_id: input.rootCauseId } : {}),
    },
    'resolved',
    now,
  );
  const payload: CaseResolvedPayload = {
    caseId: row.id,
    number: row.number,
    type: row.type,
    product: row.product,
    assigneeId: row.assignee_id,
    remedy: accepted?.remedy ?? null,
    reopened: row.reopened_count > 0,
  };
  // Surveys listen for this event to send the customer a CSAT/CES survey about the case.
  await record(tx, {
    name: CaseEvents.resolved,
    workspaceId: row.workspace_id,
    actorId: by.id,
    customerId: row.customer_id,
    payload,
  });
  const customer = await getPerson(tx, row.workspace_id, row.customer_id);
  await mailCustomerUpdate(
    tx,
    row.workspace_id,
    customer,
    await workspaceInfo(tx, row.workspace_id),
    row.number,
    {
      en: `Case ${row.number} is resolved. Tell us how we did; if the problem comes back, you can reopen it within ${settings.reopenDays} days.`,
      zh: `服务单 ${row.number} 已解决。欢迎为本次服务评分；如问题再次出现，您可在 ${settings.reopenDays} 天内重新打开。`,
    },
    portalLink(ctx, row.id),
  );
  return next;
}

/** Resolves a case (ISO 10002 8.6): records the outcome and starts the reopen period. */
export async function resolveCase(
  ctx: CommandContext,
  caseId: string,
  input: { note: string; rootCauseId?: string | null },
) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    return resolveLocked(tx, ctx, sla, by, row, input);
  });
}

/** The customer reopens their resolved case within the reopen period; the clocks start again. */
export async function reopenCase(ctx: CommandContext, caseId: string, reason: string) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await ownCase(tx, ctx, caseId);
    if (row.status !== 'resolved') throw reopenNeedsResolved();
    if (!row.reopen_until || row.reopen_until < new Date()) throw reopenPeriodOver();
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    const now = new Date();
    await tx
      .insertInto('case_messages')
      .values({
        workspace_id: row.workspace_id,
        id: newId(),
        case_id: row.id,
        author_id: by.id,
        author_kind: 'customer',
        body: reason,
        body_html: renderMarkdown(reason),
      })
      .execute();
    const next = await updateCase(
      tx,
      sla,
      by,
      row,
      {
        status: 'open',
        resolved_at: null,
        reopen_until: null,
        reopened_count: row.reopened_count + 1,
        sla_started_at: now,
        sla_paused_minutes: 0,
        awaiting_reply_since: now,
      },
      'reopened',
      now,
    );
    await record(tx, {
      name: CaseEvents.reopened,
      workspaceId: row.workspace_id,
      actorId: by.id,
      customerId: row.customer_id,
      touchpoint: 'portal',
      payload: { caseId: row.id, reason, reopenedCount: row.reopened_count + 1 },
    });
    return next;
  });
}

/** The customer rates the resolution (1-5) — the satisfaction stored on the case. */
export async function rateCase(ctx: CommandContext, caseId: string, input: { score: number; comment: string }) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await ownCase(tx, ctx, caseId);
    if (row.status !== 'resolved') throw ratingNeedsResolved();
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    const next = await updateCase(
      tx,
      sla,
      by,
      row,
      { satisfaction: input.score, satisfaction_comment: input.comment || null },
      'rated',
    );
    await record(tx, {
      name: CaseEvents.rated,
      workspaceId: row.workspace_id,
      actorId: by.id,
      customerId: row.customer_id,
      touchpoint: 'portal',
      payload: { caseId: row.id, score: input.score, assigneeId: row.assignee_id },
    });
    return next;
  });
}
