import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import type { Config } from '../../../platform/config.js';
import { queueMail } from '../../../platform/mail/index.js';
import { verifyEmailMail } from '../mail-templates.js';
import { compoundToken, hashToken, randomToken } from '../secrets.js';

/** Issues a 48-hour email verification link and queues the mail, in the caller's transaction. */
export async function sendVerification(
  tx: Tx,
  config: Config,
  user: { workspaceId: string; id: string; email: string; locale: string | null },
): Promise<void> {
  const workspace = await tx
    .selectFrom('workspaces')
    .select(['name', 'default_locale'])
    .where('id', '=', user.workspaceId)
    .executeTakeFirstOrThrow();
  const secret = randomToken();
  await tx
    .insertInto('user_tokens')
    .values({
      workspace_id: user.workspaceId,
      token_hash: hashToken(secret),
      user_id: user.id,
      purpose: 'verify_email',
      expires_at: sql<Date>`now() + interval '48 hours'` as unknown as Date,
    })
    .execute();
  const link = `${config.publicUrl}/verify-email?token=${compoundToken(user.workspaceId, secret)}`;
  const mail = verifyEmailMail(user.locale ?? workspace.default_locale, workspace.name, link);
  await queueMail(tx, { to: user.email, ...mail, workspaceId: user.workspaceId });
}
