import { TZDate } from '@date-fns/tz';
import { withTransaction, type Tx } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { renderMarkdown, searchTokens } from '../../../platform/text/index.js';
import { claimFiles } from '../../files/index.js';
import { findOrCreateCustomer, getPerson, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { pickAgent } from '../assignment.js';
import { allocateCaseNumber, caseActor, queueRank, updateCase, writeHistory, type CaseRow } from '../case-row.js';
import { CaseEvents } from '../events.js';
import { alertSupervisors, localTime, mailAcknowledgement, workspaceInfo } from '../notify.js';
import type { FileCaseInput, RecordCaseInput } from '../schemas.js';
import { getCaseSettings } from '../settings.js';
import { loadSlaContext, slaColumns } from '../sla/load.js';
import type { Channel, Priority } from '../tables.js';
import { warrantyMonthsFor, warrantyOf } from '../warranty.js';

/** A customer files a case in the portal: their own. */
export async function fileCase(ctx: CommandContext, input: FileCaseInput): Promise<CaseRow> {
  const workspaceId = requireWorkspace(ctx.actor);
  if (ctx.actor.kind !== 'user') throw new Error('fileCase needs a signed-in person');
  const customerId = ctx.actor.userId;
  return withTransaction(ctx.db, (tx) => insertCase(tx, ctx, workspaceId, customerId, 'portal', input));
}

/** An agent records a case from a call, a mail or a store visit, for a customer found or created by email. */
export async function recordCase(ctx: CommandContext, input: RecordCaseInput): Promise<CaseRow> {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const customerId = await findOrCreateCustomer(tx, workspaceId, input.customer);
    return insertCase(tx, ctx, workspaceId, customerId, input.channel, input);
  });
}

async function insertCase(
  tx: Tx,
  ctx: CommandContext,
  workspaceId: string,
  customerId: string,
  channel: Channel,
  input: FileCaseInput,
): Promise<CaseRow> {
  const [settings, sla, ws, by] = await Promise.all([
    getCaseSettings(tx, workspaceId),
    loadSlaContext(tx, workspaceId),
    workspaceInfo(tx, workspaceId),
    caseActor(tx, ctx.actor),
  ]);
  const now = new Date();
  const local = new TZDate(now, ws.time_zone);
  const today = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  const number = await allocateCaseNumber(tx, workspaceId, local.getFullYear());
  const months = warrantyMonthsFor(input.product, settings.warrantyTerms, settings.defaultWarrantyMonths);
  const warranty = warrantyOf(input.purchaseDate, months, today);
  const priority: Priority = input.safetyConcern ? 'urgent' : 'normal';
  const id = newId();
  const base = {
    workspace_id: workspaceId,
    id,
    number,
    customer_id: customerId,
    recorded_by: channel === 'portal' ? null : by.id,
    channel,
    type: input.type,
    status: 'new' as const,
    subject: input.subject,
    description: input.description,
    product: input.product,
    model: input.model,
    serial_number: input.serialNumber,
    purchase_date: input.purchaseDate,
    requested_remedy: input.requestedRemedy,
    severity: input.safetyConcern ? ('critical' as const) : ('medium' as const),
    priority,
    safety: input.safetyConcern,
    warranty_months: months,
    warranty_status: warranty.status,
    warranty_until: warranty.until,
    queue_rank: queueRank(input.safetyConcern, priority),
    sla_started_at: now,
    sla_paused_minutes: 0,
    search_tokens: searchTokens(
      `${number} ${input.subject} ${input.description} ${input.product} ${input.model} ${input.serialNumber}`,
    ),
    created_at: now,
    updated_at: now,
  };
  const clocks = slaColumns(sla, {
    ...base,
    sla_paused_at: null,
    first_responded_at: null,
    awaiting_reply_since: null,
  });
  let row = await tx
    .insertInto('cases')
    .values({ ...base, ...clocks })
    .returningAll()
    .executeTakeFirstOrThrow();
  await claimFiles(tx, {
    workspaceId,
    uploaderId: by.id ?? customerId,
    fileIds: input.fileIds,
    attachedType: 'case',
    attachedId: id,
  });
  await writeHistory(tx, workspaceId, id, by, 'received', { channel, type: input.type });
  const event = { workspaceId, actorId: by.id, customerId, touchpoint: channel === 'portal' ? 'portal' : channel };
  await record(tx, {
    ...event,
    name: CaseEvents.received,
    payload: { caseId: id, number, type: input.type, channel, product: input.product, safety: input.safetyConcern },
  });

  const customer = await getPerson(tx, workspaceId, customerId);
  const locale = (customer.locale ?? ws.default_locale) === 'en' ? 'en' : 'zh-CN';
  const due = clocks.first_response_due_at ? localTime(clocks.first_response_due_at, ws.time_zone, locale) : '';
  const ack =
    locale === 'en'
      ? `We have received your case ${number}. An agent will reply by ${due}.`
      : `您的服务单 ${number} 已受理，客服将在 ${due} 前回复您。`;
  await tx
    .insertInto('case_messages')
    .values({
      workspace_id: workspaceId,
      id: newId(),
      case_id: id,
      author_id: null,
      author_kind: 'system',
      body: ack,
      body_html: renderMarkdown(ack),
    })
    .execute();
  await mailAcknowledgement(
    tx,
    workspaceId,
    customer,
    ws,
    { number, subject: input.subject, firstResponseDueAt: clocks.first_response_due_at },
    `${ctx.config.publicUrl}/cases/${id}`,
  );
  await record(tx, {
    ...event,
    name: CaseEvents.acknowledged,
    payload: { caseId: id, number, firstResponseDueAt: clocks.first_response_due_at?.toISOString() ?? null },
  });

  if (input.safetyConcern) {
    await record(tx, { ...event, name: CaseEvents.safetyFlagged, payload: { caseId: id, number } });
    await alertSupervisors(
      tx,
      workspaceId,
      { en: `Safety: case ${number}`, zh: `安全隐患：服务单 ${number}` },
      {
        en: `A customer reports a safety issue: ${input.subject}\n${ctx.config.publicUrl}/console/cases/${id}`,
        zh: `客户反映安全隐患：${input.subject}\n${ctx.config.publicUrl}/console/cases/${id}`,
      },
    );
  }
  if (settings.defaultTeamId) {
    const assignee = await pickAgent(tx, workspaceId, settings.defaultTeamId);
    row = await updateCase(
      tx,
      sla,
      by,
      row,
      { team_id: settings.defaultTeamId, assignee_id: assignee },
      'assigned',
      now,
    );
    await record(tx, {
      ...event,
      name: CaseEvents.assigned,
      payload: { caseId: id, teamId: settings.defaultTeamId, assigneeId: assignee, rule: 'default_team' },
    });
  }
  return row;
}
