import {
  alreadyEscalated,
  caseClosed,
  noAcceptedRemedy,
  noOpenOffer,
  notAnOpenOffer,
  notOnRemedyMenu,
  remedyHasNoSlots,
  slotNotOffered,
} from '../errors.js';
import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { getPerson, type CommandContext } from '../../identity/index.js';
import { ownCase, portalLink, staffCase } from '../access.js';
import { caseActor, CLOSED_STATUSES, updateCase } from '../case-row.js';
import { CaseEvents } from '../events.js';
import { alertSupervisors, mailCustomerUpdate, workspaceInfo } from '../notify.js';
import type { DecisionInput, OfferRemediesInput } from '../schemas.js';
import { getCaseSettings } from '../settings.js';
import { loadSlaContext } from '../sla/load.js';

/**
 * The co-created response (ISO 10002 8.5): the agent offers one or more remedies from the
 * workspace's menu, each with its terms and, where a visit is needed, appointment slots. A new
 * round replaces the open offers of the previous one. Waiting for the choice pauses the SLA.
 * Returns the case as it left the command and the new offers' ids.
 */
export async function offerRemedies(ctx: CommandContext, caseId: string, input: OfferRemediesInput) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    if (CLOSED_STATUSES.includes(row.status)) throw caseClosed();
    const [sla, by, settings] = await Promise.all([
      loadSlaContext(tx, row.workspace_id),
      caseActor(tx, ctx.actor),
      getCaseSettings(tx, row.workspace_id),
    ]);
    const menu = new Set(settings.remedyMenu.map((r) => r.key));
    input.offers.forEach((o, i) => {
      if (!menu.has(o.remedy)) throw notOnRemedyMenu(i);
    });
    const last = await tx
      .selectFrom('case_offers')
      .select(sql<number>`coalesce(max(round), 0)::int`.as('round'))
      .where('workspace_id', '=', row.workspace_id)
      .where('case_id', '=', row.id)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('case_offers')
      .set({ status: 'superseded' })
      .where('workspace_id', '=', row.workspace_id)
      .where('case_id', '=', row.id)
      .where('status', '=', 'offered')
      .execute();
    const round = last.round + 1;
    const ids: string[] = [];
    for (const o of input.offers) {
      const id = newId();
      ids.push(id);
      const slots = o.slots.map((s, i) => ({
        id: `s${i + 1}`,
        startsAt: new Date(s.startsAt).toISOString(),
        endsAt: new Date(s.endsAt).toISOString(),
      }));
      await tx
        .insertInto('case_offers')
        .values({
          workspace_id: row.workspace_id,
          id,
          case_id: row.id,
          round,
          remedy: o.remedy,
          terms: o.terms,
          slots: JSON.stringify(slots),
          status: 'offered',
          created_by: by.id,
        })
        .execute();
    }
    const now = new Date();
    const next = await updateCase(
      tx,
      sla,
      by,
      row,
      {
        status: 'remedy_offered',
        first_responded_at: row.first_responded_at ?? now,
        awaiting_reply_since: null,
        decline_reason: null,
      },
      'remedies_offered',
      now,
    );
    await record(tx, {
      name: CaseEvents.remedyOffered,
      workspaceId: row.workspace_id,
      actorId: by.id,
      customerId: row.customer_id,
      payload: { caseId: row.id, round, offerIds: ids, remedies: input.offers.map((o) => o.remedy) },
    });
    const customer = await getPerson(tx, row.workspace_id, row.customer_id);
    await mailCustomerUpdate(
      tx,
      row.workspace_id,
      customer,
      await workspaceInfo(tx, row.workspace_id),
      row.number,
      {
        en: `We have proposed ways to put things right for case ${row.number}. Please choose the one that suits you, or tell us why none does.`,
        zh: `针对服务单 ${row.number}，我们为您准备了几种解决方案，请选择最适合您的一种，或告诉我们为什么都不合适。`,
      },
      portalLink(ctx, row.id),
    );
    return { row: next, offerIds: ids };
  });
}

/** The customer accepts one offered remedy (and a slot, when it has any) or declines them all with a reason. */
export async function decideRemedy(ctx: CommandContext, caseId: string, input: DecisionInput) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await ownCase(tx, ctx, caseId);
    if (row.status !== 'remedy_offered') throw noOpenOffer();
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    const open = await tx
      .selectFrom('case_offers')
      .selectAll()
      .where('workspace_id', '=', row.workspace_id)
      .where('case_id', '=', row.id)
      .where('status', '=', 'offered')
      .execute();
    const event = { workspaceId: row.workspace_id, actorId: by.id, customerId: row.customer_id, touchpoint: 'portal' };
    const now = new Date();
    if (input.accept) {
      const offer = open.find((o) => o.id === input.offerId);
      if (!offer) throw notAnOpenOffer();
      if (offer.slots.length > 0 && !offer.slots.some((s) => s.id === input.slotId)) throw slotNotOffered();
      if (offer.slots.length === 0 && input.slotId) throw remedyHasNoSlots();
      await tx
        .updateTable('case_offers')
        .set({ status: 'accepted', chosen_slot_id: input.slotId ?? null, decided_at: now })
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', offer.id)
        .execute();
      await tx
        .updateTable('case_offers')
        .set({ status: 'superseded', decided_at: now })
        .where('workspace_id', '=', row.workspace_id)
        .where('case_id', '=', row.id)
        .where('status', '=', 'offered')
        .execute();
      const accepted = await updateCase(tx, sla, by, row, { status: 'remedy_accepted' }, 'remedy_accepted', now);
      await record(tx, {
        ...event,
        name: CaseEvents.remedyAccepted,
        payload: {
          caseId: row.id,
          offerId: offer.id,
          remedy: offer.remedy,
          slot: offer.slots.find((s) => s.id === input.slotId) ?? null,
        },
      });
      return accepted;
    }
    await tx
      .updateTable('case_offers')
      .set({ status: 'declined', decline_reason: input.reason, decided_at: now })
      .where('workspace_id', '=', row.workspace_id)
      .where('case_id', '=', row.id)
      .where('status', '=', 'offered')
      .execute();
    // A rejected response keeps the case open (ISO 10002 8.6) and the clocks running again.
    const rejected = await updateCase(
      tx,
      sla,
      by,
      row,
      { status: 'remedy_rejected', decline_reason: input.reason, awaiting_reply_since: now },
      'remedy_rejected',
      now,
    );
    await record(tx, {
      ...event,
      name: CaseEvents.remedyRejected,
      payload: { caseId: row.id, offerIds: open.map((o) => o.id), reason: input.reason },
    });
    return rejected;
  });
}

/** The accepted remedy has been carried out (the repair done, the refund paid). */
export async function carryOutRemedy(ctx: CommandContext, caseId: string) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    if (row.status !== 'remedy_accepted') throw noAcceptedRemedy();
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    const offer = await tx
      .updateTable('case_offers')
      .set({ carried_out_at: new Date() })
      .where('workspace_id', '=', row.workspace_id)
      .where('case_id', '=', row.id)
      .where('status', '=', 'accepted')
      .where('carried_out_at', 'is', null)
      .returning(['id', 'remedy'])
      .executeTakeFirst();
    const next = await updateCase(tx, sla, by, row, { status: 'carried_out' }, 'remedy_carried_out');
    await record(tx, {
      name: CaseEvents.remedyCarriedOut,
      workspaceId: row.workspace_id,
      actorId: by.id,
      customerId: row.customer_id,
      payload: { caseId: row.id, offerId: offer?.id ?? null, remedy: offer?.remedy ?? null },
    });
    return next;
  });
}

/** The customer, having declined, asks for a supervisor's review (internal escalation). */
export async function escalateCase(ctx: CommandContext, caseId: string, reason: string) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await ownCase(tx, ctx, caseId);
    if (CLOSED_STATUSES.includes(row.status)) throw caseClosed();
    if (row.escalated_at) throw alreadyEscalated();
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    const next = await updateCase(
      tx,
      sla,
      by,
      row,
      { escalated_at: new Date(), priority: row.priority === 'urgent' ? 'urgent' : 'high' },
      'escalated',
    );
    await record(tx, {
      name: CaseEvents.escalated,
      workspaceId: row.workspace_id,
      actorId: by.id,
      customerId: row.customer_id,
      payload: { caseId: row.id, reason, by: 'customer' },
    });
    await alertSupervisors(
      tx,
      row.workspace_id,
      { en: `Review requested: case ${row.number}`, zh: `客户申请复核：服务单 ${row.number}` },
      {
        en: `The customer asks for a supervisor's review: ${reason}\n${ctx.config.publicUrl}/console/cases/${row.id}`,
        zh: `客户申请主管复核：${reason}\n${ctx.config.publicUrl}/console/cases/${row.id}`,
      },
    );
    return next;
  });
}
