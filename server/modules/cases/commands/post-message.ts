import { withTransaction, type Tx } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { renderMarkdown } from '../../../platform/text/index.js';
import { claimFiles } from '../../files/index.js';
import { getPerson, type CommandContext } from '../../identity/index.js';
import { ownCase, portalLink, staffCase } from '../access.js';
import { caseActor, CLOSED_STATUSES, updateCase, type CaseActor, type CaseRow } from '../case-row.js';
import { caseClosedToMessages } from '../errors.js';
import { CaseEvents } from '../events.js';
import { mailCustomerUpdate, workspaceInfo } from '../notify.js';
import { loadSlaContext } from '../sla/load.js';

async function insertMessage(tx: Tx, row: CaseRow, by: CaseActor, body: string, internal: boolean, fileIds: string[]) {
  const id = newId();
  await tx
    .insertInto('case_messages')
    .values({
      workspace_id: row.workspace_id,
      id,
      case_id: row.id,
      author_id: by.id,
      author_kind: by.kind,
      internal,
      body,
      body_html: renderMarkdown(body),
    })
    .execute();
  if (by.id)
    await claimFiles(tx, {
      workspaceId: row.workspace_id,
      uploaderId: by.id,
      fileIds,
      attachedType: 'case_message',
      attachedId: id,
    });
  await record(tx, {
    name: CaseEvents.messagePosted,
    workspaceId: row.workspace_id,
    actorId: by.id,
    customerId: row.customer_id,
    // The body stays out of the event: an internal note must not reach webhooks or the customer.
    payload: { caseId: row.id, messageId: id, internal, authorKind: by.kind },
  });
  return id;
}

/**
 * An agent's public reply (answers the customer; the first one stops the first-response clock)
 * or internal note (seen by staff only). `waitOnCustomer` pauses the SLA until the customer answers.
 */
export async function postAgentMessage(
  ctx: CommandContext,
  caseId: string,
  input: { body: string; internal: boolean; fileIds: string[]; waitOnCustomer: boolean },
) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    await insertMessage(tx, row, by, input.body, input.internal, input.fileIds);
    if (input.internal) return updateCase(tx, sla, by, row, {}, 'note_added');
    const now = new Date();
    const status = CLOSED_STATUSES.includes(row.status)
      ? row.status
      : input.waitOnCustomer
        ? ('waiting_on_customer' as const)
        : row.status === 'new' || row.status === 'waiting_on_customer'
          ? ('open' as const)
          : row.status;
    const next = await updateCase(
      tx,
      sla,
      by,
      row,
      { first_responded_at: row.first_responded_at ?? now, awaiting_reply_since: null, status },
      'replied',
      now,
    );
    const customer = await getPerson(tx, row.workspace_id, row.customer_id);
    await mailCustomerUpdate(
      tx,
      row.workspace_id,
      customer,
      await workspaceInfo(tx, row.workspace_id),
      row.number,
      { en: `We have replied to your case ${row.number}.`, zh: `我们已回复您的服务单 ${row.number}。` },
      portalLink(ctx, row.id),
    );
    return next;
  });
}

/** The customer adds to their own case; it restarts the clocks if the case was waiting on them. */
export async function postCustomerMessage(
  ctx: CommandContext,
  caseId: string,
  input: { body: string; fileIds: string[] },
) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await ownCase(tx, ctx, caseId);
    if (CLOSED_STATUSES.includes(row.status)) throw caseClosedToMessages();
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    await insertMessage(tx, row, by, input.body, false, input.fileIds);
    return updateCase(
      tx,
      sla,
      by,
      row,
      {
        awaiting_reply_since: row.awaiting_reply_since ?? new Date(),
        ...(row.status === 'waiting_on_customer' ? { status: 'open' as const } : {}),
      },
      'customer_replied',
    );
  });
}
