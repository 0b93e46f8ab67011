import type { Tx } from '../../../platform/db/index.js';

/** Authors, voters and commenters follow automatically; following twice changes nothing. */
export async function follow(tx: Tx, workspaceId: string, ideaId: string, userId: string): Promise<void> {
  await tx
    .insertInto('idea_follows')
    .values({ workspace_id: workspaceId, idea_id: ideaId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Everyone following an idea: who hears about its answers, status changes and merge. */
export async function followerIds(tx: Tx, workspaceId: string, ideaId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('idea_follows')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('idea_id', '=', ideaId)
    .execute();
  return rows.map((r) => r.user_id);
}
