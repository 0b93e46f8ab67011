import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import { record } from '../../../platform/events/index.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { hashToken, parseCompoundToken } from '../secrets.js';

const invalidLink = () => new AppError('invalid_token', 400, 'This link is not valid or has expired. Ask for a new one.');

/** Marks an email verified from the link in the verification mail (single use). */
export async function verifyEmail(ctx: CommandContext, token: string) {
  const parsed = parseCompoundToken(token);
  if (!parsed) throw invalidLink();
  return withTransaction(ctx.db, async (tx) => {
    const row = await tx
      .updateTable('user_tokens')
      .set({ used_at: sql<Date>`now()` })
      .where('workspace_id', '=', parsed.workspaceId)
      .where('token_hash', '=', hashToken(parsed.secret))
      .where('purpose', '=', 'verify_email')
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['user_id'])
      .executeTakeFirst();
    if (!row) throw invalidLink();
    await tx.updateTable('users').set({ email_verified_at: sql<Date>`coalesce(email_verified_at, now())` })
      .where('workspace_id', '=', parsed.workspaceId).where('id', '=', row.user_id).execute();
    await record(tx, { name: IdentityEvents.emailVerified, workspaceId: parsed.workspaceId, actorId: row.user_id, customerId: row.user_id, payload: { userId: row.user_id } });
    return { workspaceId: parsed.workspaceId, userId: row.user_id };
  });
}
