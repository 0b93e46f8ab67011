import type { Tx } from '../../platform/db/index.js';
import { requireUser, requireWorkspace, type CommandContext } from '../identity/index.js';
import { lockCase, type CaseRow } from './case-row.js';
import { caseNotFound } from './errors.js';

/** A case of the caller's workspace, locked for change (staff routes are guarded by permission). */
export async function staffCase(tx: Tx, ctx: CommandContext, caseId: string): Promise<CaseRow> {
  return lockCase(tx, requireWorkspace(ctx.actor), caseId);
}

/** One of the caller's own cases; anyone else's is "not found", never "forbidden", so ids leak nothing. */
export async function ownCase(tx: Tx, ctx: CommandContext, caseId: string): Promise<CaseRow> {
  const user = requireUser(ctx.actor);
  const row = await lockCase(tx, user.workspaceId, caseId);
  if (row.customer_id !== user.userId) throw caseNotFound();
  return row;
}

export const portalLink = (ctx: CommandContext, id: string) => `${ctx.config.publicUrl}/cases/${id}`;
