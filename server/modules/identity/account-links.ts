import { accountsInSameWorkspace, alreadyLinked } from './errors.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { LinkProof } from './tables.js';

/** One account: the workspace it lives in and its id there. */
export interface AccountRef {
  workspaceId: string;
  userId: string;
}

/** The account and every account linked to it (links are kept whole, so one hop reaches all). */
async function accountGroup(tx: Tx | Db, account: AccountRef): Promise<AccountRef[]> {
  const linked = await tx
    .selectFrom('account_links')
    .select(['linked_workspace_id', 'linked_user_id'])
    .where('workspace_id', '=', account.workspaceId)
    .where('user_id', '=', account.userId)
    .execute();
  return [account, ...linked.map((l) => ({ workspaceId: l.linked_workspace_id, userId: l.linked_user_id }))];
}

/**
 * Links two accounts the caller has proved to be one person's (by creating one from the other,
 * by an invitation mail plus a live session, or by the other account's password). Everything
 * already linked to either side joins too, in both directions, so a person with three
 * workspaces reaches each from each. One person has at most one account per workspace.
 */
export async function linkAccounts(tx: Tx, a: AccountRef, b: AccountRef, via: LinkProof): Promise<void> {
  if (a.workspaceId === b.workspaceId) throw accountsInSameWorkspace();
  const left = await accountGroup(tx, a);
  const right = await accountGroup(tx, b);
  const pairs: {
    workspace_id: string;
    user_id: string;
    linked_workspace_id: string;
    linked_user_id: string;
    created_via: LinkProof;
  }[] = [];
  for (const x of left) {
    for (const y of right) {
      if (x.workspaceId === y.workspaceId) {
        if (x.userId === y.userId) continue;
        throw alreadyLinked();
      }
      pairs.push({
        workspace_id: x.workspaceId,
        user_id: x.userId,
        linked_workspace_id: y.workspaceId,
        linked_user_id: y.userId,
        created_via: via,
      });
      pairs.push({
        workspace_id: y.workspaceId,
        user_id: y.userId,
        linked_workspace_id: x.workspaceId,
        linked_user_id: x.userId,
        created_via: via,
      });
    }
  }
  if (pairs.length)
    await tx
      .insertInto('account_links')
      .values(pairs)
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** The caller's linked account in another workspace, if it is active staff there. */
export async function linkedStaffAccount(db: Db, from: AccountRef, targetWorkspaceId: string): Promise<string | null> {
  const row = await db
    .selectFrom('account_links as l')
    .innerJoin('users as u', (j) =>
      j.onRef('u.workspace_id', '=', 'l.linked_workspace_id').onRef('u.id', '=', 'l.linked_user_id'),
    )
    .select('u.id')
    .where('l.workspace_id', '=', from.workspaceId)
    .where('l.user_id', '=', from.userId)
    .where('l.linked_workspace_id', '=', targetWorkspaceId)
    .where('u.role', '<>', 'customer')
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  return row?.id ?? null;
}
