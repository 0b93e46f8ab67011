import { autoAssignmentNeedsTeam, notARootCause, notATeam } from '../errors.js';
import { TZDate } from '@date-fns/tz';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { workspaceClock, type CommandContext } from '../../identity/index.js';
import { staffCase } from '../access.js';
import { assertAssignable, pickAgent } from '../assignment.js';
import { caseActor, updateCase, type CaseRow } from '../case-row.js';
import { CaseEvents } from '../events.js';
import { alertSupervisors } from '../notify.js';
import type { AssessInput } from '../schemas.js';
import { loadSlaContext } from '../sla/load.js';
import { warrantyOf } from '../warranty.js';

const dayOf = (d: Date | string | null) =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/** Initial assessment (ISO 10002 8.3): severity, safety, priority, warranty, type; also status and root cause. */
export async function assessCase(ctx: CommandContext, caseId: string, input: AssessInput): Promise<CaseRow> {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    if (input.rootCauseId) {
      const cause = await tx
        .selectFrom('case_root_causes')
        .select('id')
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', input.rootCauseId)
        .executeTakeFirst();
      if (!cause) throw notARootCause('body.rootCauseId');
    }
    const patch: Partial<CaseRow> = {};
    for (const [key, column] of [
      ['type', 'type'],
      ['severity', 'severity'],
      ['priority', 'priority'],
      ['safety', 'safety'],
      ['product', 'product'],
      ['model', 'model'],
      ['rootCauseId', 'root_cause_id'],
      ['purchaseDate', 'purchase_date'],
      ['warrantyMonths', 'warranty_months'],
    ] as const) {
      if (input[key] !== undefined) (patch as Record<string, unknown>)[column] = input[key];
    }
    if (input.status && !['resolved', 'merged'].includes(row.status)) patch.status = input.status;
    if (input.safety && !row.safety) patch.priority = 'urgent';
    if (input.purchaseDate !== undefined || input.warrantyMonths !== undefined) {
      const created = new TZDate(row.created_at, (await workspaceClock(tx, row.workspace_id)).timeZone);
      const filedOn = `${created.getFullYear()}-${String(created.getMonth() + 1).padStart(2, '0')}-${String(created.getDate()).padStart(2, '0')}`;
      const w = warrantyOf(
        input.purchaseDate !== undefined ? input.purchaseDate : dayOf(row.purchase_date),
        input.warrantyMonths ?? row.warranty_months ?? 12,
        filedOn,
      );
      patch.warranty_status = w.status;
      patch.warranty_until = w.until;
    }
    if (row.status === 'new' && !patch.status) patch.status = 'open';
    const next = await updateCase(tx, sla, by, row, patch, 'assessed');
    const event = { workspaceId: row.workspace_id, actorId: by.id, customerId: row.customer_id };
    await record(tx, {
      ...event,
      name: CaseEvents.assessed,
      payload: {
        caseId: row.id,
        severity: next.severity,
        priority: next.priority,
        safety: next.safety,
        warrantyStatus: next.warranty_status,
      },
    });
    if (next.safety && !row.safety) {
      await record(tx, { ...event, name: CaseEvents.safetyFlagged, payload: { caseId: row.id, number: row.number } });
      await alertSupervisors(
        tx,
        row.workspace_id,
        { en: `Safety: case ${row.number}`, zh: `安全隐患：服务单 ${row.number}` },
        {
          en: `Case ${row.number} was flagged as a safety issue: ${row.subject}\n${ctx.config.publicUrl}/console/cases/${row.id}`,
          zh: `服务单 ${row.number} 被标记为安全隐患：${row.subject}\n${ctx.config.publicUrl}/console/cases/${row.id}`,
        },
      );
    }
    if (input.rootCauseId && input.rootCauseId !== row.root_cause_id) {
      await record(tx, {
        ...event,
        name: CaseEvents.rootCauseTagged,
        payload: { caseId: row.id, rootCauseId: input.rootCauseId },
      });
    }
    if (input.status && input.status !== row.status) {
      await record(tx, {
        ...event,
        name: CaseEvents.statusChanged,
        payload: { caseId: row.id, from: row.status, to: input.status },
      });
    }
    return next;
  });
}

/** Assigns a case to a team and an agent: by hand, or by the team's rule. */
export async function assignCase(
  ctx: CommandContext,
  caseId: string,
  input: { teamId?: string | null; assigneeId?: string | null; auto: boolean },
): Promise<CaseRow> {
  return withTransaction(ctx.db, async (tx) => {
    const row = await staffCase(tx, ctx, caseId);
    const [sla, by] = await Promise.all([loadSlaContext(tx, row.workspace_id), caseActor(tx, ctx.actor)]);
    const teamId = input.teamId !== undefined ? input.teamId : row.team_id;
    let assigneeId = input.assigneeId !== undefined ? input.assigneeId : row.assignee_id;
    if (input.auto) {
      if (!teamId) throw autoAssignmentNeedsTeam();
      assigneeId = await pickAgent(tx, row.workspace_id, teamId);
    } else if (teamId && teamId !== row.team_id) {
      const team = await tx
        .selectFrom('case_teams')
        .select('id')
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', teamId)
        .executeTakeFirst();
      if (!team) throw notATeam('body.teamId');
    }
    if (assigneeId && assigneeId !== row.assignee_id) await assertAssignable(tx, row.workspace_id, assigneeId);
    const next = await updateCase(
      tx,
      sla,
      by,
      row,
      { team_id: teamId, assignee_id: assigneeId, ...(row.status === 'new' ? { status: 'open' as const } : {}) },
      'assigned',
    );
    await record(tx, {
      name: CaseEvents.assigned,
      workspaceId: row.workspace_id,
      actorId: by.id,
      customerId: row.customer_id,
      payload: { caseId: row.id, teamId, assigneeId, rule: input.auto ? 'team_rule' : 'manual' },
    });
    return next;
  });
}
