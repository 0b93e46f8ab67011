import { withTransaction } from '../../../platform/db/index.js';
import { audit, requireWorkspace, type CommandContext } from '../../identity/index.js';
import type { CalendarDay, CalendarInput } from '../config-schemas.js';
import { calendarDayTwice } from '../errors.js';

/**
 * Replaces the holidays and make-up working days (deadlines already set are not moved) and
 * returns them by day, as the calendar screen lists them.
 */
export async function saveCalendar(ctx: CommandContext, input: CalendarInput): Promise<{ items: CalendarDay[] }> {
  const workspaceId = requireWorkspace(ctx.actor);
  if (new Set(input.items.map((d) => d.day)).size !== input.items.length) throw calendarDayTwice();
  await withTransaction(ctx.db, async (tx) => {
    await tx.deleteFrom('case_calendar_days').where('workspace_id', '=', workspaceId).execute();
    if (input.items.length > 0)
      await tx
        .insertInto('case_calendar_days')
        .values(input.items.map((d) => ({ workspace_id: workspaceId, day: d.day, kind: d.kind, name: d.name })))
        .execute();
    await audit(tx, ctx.actor, ctx.origin, { action: 'cases.calendar.updated', details: { days: input.items.length } });
  });
  // YYYY-MM-DD strings sort as the days do.
  const items = input.items.map((d) => ({ day: d.day, kind: d.kind, name: d.name }));
  return { items: items.sort((a, b) => (a.day < b.day ? -1 : 1)) };
}
