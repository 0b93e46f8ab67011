import type { Db } from '../../platform/db/index.js';
import { decodeCursor, toPage, type PageQuery } from '../../platform/http/pagination.js';
import { workspaceNotFound } from './errors.js';
import {
  presentApiKey,
  presentAuditEntry,
  presentInvitation,
  presentPublicWorkspace,
  presentUser,
} from './presenters.js';

export async function getWorkspaceRow(db: Db, workspaceId: string) {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
  if (!row) throw workspaceNotFound();
  return row;
}

export async function getSite(db: Db, workspaceId: string | null) {
  if (!workspaceId) {
    const any = await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
    return { setupNeeded: !any, workspace: null };
  }
  return { setupNeeded: false, workspace: presentPublicWorkspace(await getWorkspaceRow(db, workspaceId)) };
}

export async function getMe(db: Db, workspaceId: string, userId: string) {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { user: presentUser(user), workspace: presentPublicWorkspace(await getWorkspaceRow(db, workspaceId)) };
}

/** Staff of the workspace (customers are not members), by name. */
export async function listMembers(db: Db, workspaceId: string, page: PageQuery) {
  const after = decodeCursor(page.cursor, 2);
  let q = db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('role', '<>', 'customer')
    .where('status', '=', 'active')
    .orderBy('display_name')
    .orderBy('id')
    .limit(page.limit + 1);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('display_name', '>', String(after[0])),
        eb.and([eb('display_name', '=', String(after[0])), eb('id', '>', String(after[1]))]),
      ]),
    );
  return toPage(await q.execute(), page.limit, (u) => [u.display_name, u.id], presentUser);
}

export async function listOpenInvitations(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(presentInvitation);
}

export async function listApiKeys(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(presentApiKey);
}

/** The audit log, newest first. */
export async function listAuditLog(db: Db, workspaceId: string, page: PageQuery) {
  const after = decodeCursor(page.cursor, 1);
  let q = db
    .selectFrom('audit_log')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (after) q = q.where('id', '<', String(after[0]));
  return toPage(await q.execute(), page.limit, (a) => [a.id], presentAuditEntry);
}

/**
 * The console's workspace switcher: this workspace and those where the signed-in person has a
 * linked, active staff account. Links only; a matching email elsewhere proves nothing.
 */
export async function listMyWorkspaces(db: Db, workspaceId: string, userId: string) {
  const me = await db
    .selectFrom('users')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (me.role === 'customer') return [];
  const here = await getWorkspaceRow(db, workspaceId);
  const linked = await db
    .selectFrom('account_links as l')
    .innerJoin('users as u', (j) =>
      j.onRef('u.workspace_id', '=', 'l.linked_workspace_id').onRef('u.id', '=', 'l.linked_user_id'),
    )
    .innerJoin('workspaces as w', 'w.id', 'l.linked_workspace_id')
    .select(['w.id', 'w.slug', 'w.name', 'w.logo_url', 'w.default_locale', 'u.role'])
    .where('l.workspace_id', '=', workspaceId)
    .where('l.user_id', '=', userId)
    .where('u.role', '<>', 'customer')
    .where('u.status', '=', 'active')
    .execute();
  return [
    { ...presentPublicWorkspace(here), role: me.role },
    ...linked.map((r) => ({ ...presentPublicWorkspace(r), role: r.role })),
  ].sort((a, b) => a.name.localeCompare(b.name));
}
