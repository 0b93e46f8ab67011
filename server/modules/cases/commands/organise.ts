import { withTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { renderMarkdown } from '../../../platform/text/index.js';
import type { CommandContext } from '../../identity/index.js';
import { staffCase } from '../access.js';
import { assertAssignable } from '../assignment.js';
import { caseActor, CLOSED_STATUSES, lockCase, updateCase } from '../case-row.js';
import {
  alreadyInvited,
  inBulk,
  mergeAcrossCustomers,
  mergeIntoItself,
  mergeNeedsOpenCases,
  notATeam,
  notAnIdea,
} from '../errors.js';
import { CaseEvents } from '../events.js';
import type { BulkInput } from '../schemas.js';
import { loadSlaContext } from '../sla/load.js';
import { resolveLocked } from './resolve-case.js';

/** Merges a duplicate into another case of the same customer: the duplicate closes and points to it. */
export async function mergeCases(ctx: CommandContext, caseId: string, intoCaseId: string) {
  if (caseId === intoCaseId) throw mergeIntoItself();
  return withTransaction(ctx.db, async (tx) => {
    // Lock both in id order so two opposite merges cannot deadlock.
    const [first, second] = [caseId, intoCaseId].sort();
    const a = await staffCase(tx, ctx, first!);
    const b = await lockCase(tx, a.workspace_id, second!);
    const [source, target] = a.id === caseId ? [a, b] : [b, a];
    if (CLOSED_STATUSES.includes(source.status) || target.status === 'merged') throw mergeNeedsOpenCases();
    if (source.customer_id !== target.customer_id) throw mergeAcrossCustomers();
    const [sla, by] = await Promise.all([loadSlaContext(tx, source.workspace_id), caseActor(tx, ctx.actor)]);
    const merged = await updateCase(tx, sla, by, source, { status: 'merged', merged_into_id: target.id }, 'merged');
    const note = `Merged duplicate ${source.number} (“${source.subject}”) into this case.`;
    await tx
      .insertInto('case_messages')
      .values({
        workspace_id: target.workspace_id,
        id: newId(),
        case_id: target.id,
        author_id: by.id,
        author_kind: 'agent',
        internal: true,
        body: note,
        body_html: renderMarkdown(note),
      })
      .execute();
    await updateCase(tx, sla, by, target, {}, 'merged_in');
    await record(tx, {
      name: CaseEvents.merged,
      workspaceId: source.workspace_id,
      actorId: by.id,
      customerId: source.customer_id,
      payload: { caseId: source.id, intoCaseId: target.id },
    });
    return merged;
  });
}

/** Links a case to an idea (a complaint that is really a product improvement); the title is a snapshot. */
export async function linkIdea(ctx: CommandContext, caseId: string, link: { ideaId: string; title: string } | null) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    // Only an idea of the case's own workspace: an id from elsewhere would be a link into another tenant.
    if (
      link &&
      !(await tx
        .selectFrom('ideas')
        .select('id')
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', link.ideaId)
        .executeTakeFirst())
    ) {
      throw notAnIdea();
    }
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    const next = await updateCase(
      tx,
      sla,
      by,
      row,
      { idea_id: link?.ideaId ?? null, idea_title: link?.title ?? null },
      link ? 'linked_to_idea' : 'unlinked_from_idea',
    );
    if (link)
      await record(tx, {
        name: CaseEvents.linkedToIdea,
        workspaceId: row.workspace_id,
        actorId: by.id,
        customerId: row.customer_id,
        payload: { caseId: row.id, ideaId: link.ideaId, title: link.title },
      });
    return next;
  });
}

/** Invites the complaining customer into the co-creation programme: marks them, once, and says so in an event. */
export async function inviteToCocreation(ctx: CommandContext, caseId: string) {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    const by = await caseActor(tx, ctx.actor);
    const inserted = await tx
      .insertInto('case_cocreation_invitations')
      .values({ workspace_id: row.workspace_id, customer_id: row.customer_id, case_id: row.id, invited_by: by.id })
      .onConflict((oc) => oc.columns(['workspace_id', 'customer_id']).doNothing())
      .returning('customer_id')
      .executeTakeFirst();
    if (!inserted) throw alreadyInvited();
    const sla = await loadSlaContext(tx, row.workspace_id);
    const next = await updateCase(tx, sla, by, row, {}, 'customer_invited_to_cocreation');
    await record(tx, {
      name: CaseEvents.invitedToCocreation,
      workspaceId: row.workspace_id,
      actorId: by.id,
      customerId: row.customer_id,
      payload: { caseId: row.id },
    });
    return next;
  });
}

/** Applies one action to many cases in one transaction: all or nothing. */
export async function bulkUpdate(ctx: CommandContext, input: BulkInput): Promise<number> {
  return withTransaction(ctx.db, async (tx) => {
    const ids = [...new Set(input.caseIds)].sort();
    const first = await staffCase(tx, ctx, ids[0]!);
    const [sla, by] = await Promise.all([loadSlaContext(tx, first.workspace_id), caseActor(tx, ctx.actor)]);
    const action = input.action;
    if (action.kind === 'assign' && action.assigneeId)
      await assertAssignable(tx, first.workspace_id, action.assigneeId);
    if (action.kind === 'assign' && action.teamId) {
      const team = await tx
        .selectFrom('case_teams')
        .select('id')
        .where('workspace_id', '=', first.workspace_id)
        .where('id', '=', action.teamId)
        .executeTakeFirst();
      if (!team) throw notATeam('body.action.teamId');
    }
    for (const id of ids) {
      const row = id === first.id ? first : await lockCase(tx, first.workspace_id, id);
      if (action.kind === 'assign') {
        await updateCase(
          tx,
          sla,
          by,
          row,
          {
            assignee_id: action.assigneeId,
            ...(action.teamId !== undefined ? { team_id: action.teamId } : {}),
            ...(row.status === 'new' ? { status: 'open' as const } : {}),
          },
          'assigned',
        );
        await record(tx, {
          name: CaseEvents.assigned,
          workspaceId: row.workspace_id,
          actorId: by.id,
          customerId: row.customer_id,
          payload: {
            caseId: row.id,
            teamId: action.teamId ?? row.team_id,
            assigneeId: action.assigneeId,
            rule: 'bulk',
          },
        });
      } else if (action.kind === 'priority') {
        await updateCase(tx, sla, by, row, { priority: action.priority }, 'assessed');
      } else {
        try {
          await resolveLocked(tx, ctx, sla, by, row, { note: action.note });
        } catch (error) {
          if (error instanceof AppError) throw inBulk(row.number, error);
          throw error;
        }
      }
    }
    return ids.length;
  });
}
