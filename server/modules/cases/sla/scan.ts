import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { queueMail } from '../../../platform/mail/index.js';
import type { JobDefinition } from '../../../platform/jobs/index.js';
import { findPerson } from '../../identity/index.js';
import { SYSTEM, updateCase, type CaseRow } from '../case-row.js';
import { CaseEvents } from '../events.js';
import { alertSupervisors, localTime, workspaceInfo } from '../notify.js';
import type { Priority } from '../tables.js';
import { loadSlaContext, type SlaContext } from './load.js';

export const SLA_SCAN_JOB = 'cases.sla.scan';
const RAISE: Record<Priority, Priority> = { low: 'normal', normal: 'high', high: 'urgent', urgent: 'urgent' };
const BATCH = 200;

const clockOf = (c: CaseRow) =>
  c.sla_due_at === null
    ? null
    : c.first_response_due_at?.getTime() === c.sla_due_at.getTime()
      ? 'first_response'
      : c.next_response_due_at?.getTime() === c.sla_due_at.getTime()
        ? 'next_response'
        : 'resolution';

/**
 * Warns before and escalates on breach. A deadline counts as warned/breached once: the marks
 * are compared with the current deadline, so a new deadline (a new clock) is watched afresh.
 * Rows are claimed with SKIP LOCKED so several workers share the scan.
 */
export async function scanSla(
  db: Parameters<typeof withTransaction>[0],
  now = new Date(),
): Promise<{ warned: number; breached: number }> {
  let warned = 0;
  let breached = 0;
  await withTransaction(db, async (tx) => {
    const warn = sql`make_interval(mins => coalesce((select warn_minutes from case_settings s where s.workspace_id = cases.workspace_id), 60))`;
    const due = await tx
      .selectFrom('cases')
      .selectAll()
      .where(sql<boolean>`status not in ('resolved', 'merged') and sla_due_at is not null`)
      .where(
        sql<boolean>`((sla_due_at <= ${now} and (sla_breached_at is null or sla_breached_at < sla_due_at))
        or (sla_due_at - ${warn} <= ${now} and (sla_warned_at is null or sla_warned_at < sla_due_at - ${warn})))`,
      )
      .orderBy('sla_due_at')
      .limit(BATCH)
      .forUpdate()
      .skipLocked()
      .execute();
    const contexts = new Map<string, SlaContext>();
    for (const c of due) {
      let sla = contexts.get(c.workspace_id);
      if (!sla) contexts.set(c.workspace_id, (sla = await loadSlaContext(tx, c.workspace_id)));
      const clock = clockOf(c);
      const event = { workspaceId: c.workspace_id, actorId: null, customerId: c.customer_id };
      if (c.sla_due_at! <= now) {
        breached++;
        // Escalation: raise the priority one step and tell the supervisors.
        await updateCase(
          tx,
          sla,
          SYSTEM,
          c,
          { sla_breached_at: now, sla_warned_at: now, priority: RAISE[c.priority] },
          'sla_breached',
          now,
        );
        await record(tx, {
          ...event,
          name: CaseEvents.slaBreached,
          payload: {
            caseId: c.id,
            number: c.number,
            clock,
            dueAt: c.sla_due_at!.toISOString(),
            assigneeId: c.assignee_id,
          },
        });
        await alertSupervisors(
          tx,
          c.workspace_id,
          { en: `SLA breached: case ${c.number}`, zh: `服务单 ${c.number} 已超时` },
          {
            en: `The ${clock?.replace('_', ' ')} target of case ${c.number} ("${c.subject}") was missed; its priority is now ${RAISE[c.priority]}.`,
            zh: `服务单 ${c.number}（${c.subject}）已超出服务时限，优先级已提升。`,
          },
        );
      } else {
        warned++;
        await updateCase(tx, sla, SYSTEM, c, { sla_warned_at: now }, 'sla_warned', now);
        await record(tx, {
          ...event,
          name: CaseEvents.slaWarned,
          payload: {
            caseId: c.id,
            number: c.number,
            clock,
            dueAt: c.sla_due_at!.toISOString(),
            assigneeId: c.assignee_id,
          },
        });
        const assignee = c.assignee_id ? await findPerson(tx, c.workspace_id, c.assignee_id) : undefined;
        if (assignee?.email) {
          const ws = await workspaceInfo(tx, c.workspace_id);
          const en = (assignee.locale ?? ws.default_locale) === 'en';
          const due = localTime(c.sla_due_at!, ws.time_zone, en ? 'en' : 'zh-CN');
          await queueMail(tx, {
            to: assignee.email,
            workspaceId: c.workspace_id,
            subject: en ? `Due soon: case ${c.number}` : `服务单 ${c.number} 即将超时`,
            text: en
              ? `The ${clock?.replace('_', ' ')} target of case ${c.number} ("${c.subject}") is due by ${due}.`
              : `服务单 ${c.number}（${c.subject}）的服务时限将于 ${due} 到期。`,
          });
        }
      }
    }
  });
  return { warned, breached };
}

export const slaScanJob: JobDefinition = {
  name: SLA_SCAN_JOB,
  maxAttempts: 3,
  async handle(_payload, { db }) {
    await scanSla(db);
  },
};
