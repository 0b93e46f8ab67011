import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import type { Config } from '../../platform/config.js';
import { queueMail } from '../../platform/mail/index.js';
import { noAccountMail, type MailText } from './mail-templates.js';
import { compoundToken, hashToken, randomToken } from './secrets.js';
import type { UserTokensTable } from './tables.js';

const NO_USER = '00000000-0000-0000-0000-000000000000';

export interface LinkMailRequest {
  workspaceId: string;
  email: string;
  purpose: UserTokensTable['purpose'];
  minutes: number;
  /** The portal page that consumes the token. */
  path: string;
  mail: (locale: string | null, workspace: string, link: string) => MailText;
}

/**
 * Mails a single-use link to the account with this address, or a "no account here" note when
 * there is none. Both do the same work in the same statements (one token insert that may insert
 * nothing, one lookup, one queued mail), so neither the answer nor its timing tells whether the
 * account exists.
 */
export async function mailLinkByEmail(tx: Tx, config: Config, request: LinkMailRequest): Promise<void> {
  const secret = randomToken();
  const issued = await tx
    .insertInto('user_tokens')
    .columns(['workspace_id', 'token_hash', 'user_id', 'purpose', 'expires_at'])
    .expression((eb) =>
      eb
        .selectFrom('users')
        .select([
          'workspace_id',
          sql<string>`${hashToken(secret)}::text`.as('token_hash'),
          'id',
          sql<string>`${request.purpose}::text`.as('purpose'),
          sql<Date>`now() + make_interval(mins => ${request.minutes})`.as('expires_at'),
        ])
        .where('workspace_id', '=', request.workspaceId)
        .where((w) => w(w.fn('lower', ['email']), '=', request.email))
        .where('status', '=', 'active'),
    )
    .returning('user_id')
    .executeTakeFirst();
  const userId = issued?.user_id ?? NO_USER;
  const about = await tx
    .selectFrom('workspaces')
    .leftJoin('users', (j) => j.onRef('users.workspace_id', '=', 'workspaces.id').on('users.id', '=', userId))
    .select(['workspaces.name', 'workspaces.default_locale', 'users.locale'])
    .where('workspaces.id', '=', request.workspaceId)
    .executeTakeFirstOrThrow();
  const locale = about.locale ?? about.default_locale;
  const mail = issued
    ? request.mail(
        locale,
        about.name,
        `${config.publicUrl}${request.path}?token=${compoundToken(request.workspaceId, secret)}`,
      )
    : noAccountMail(locale, about.name, `${config.publicUrl}/sign-up`);
  await queueMail(tx, { to: request.email, ...mail, workspaceId: request.workspaceId });
}
