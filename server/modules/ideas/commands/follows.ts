import type { Kysely } from 'kysely';
import type { Database, Tx } from '../../../platform/db/index.js';

/** The insert that makes someone follow an idea, for a statement of the caller's own (a `with` clause). */
export const followQuery = (db: Kysely<Database>, workspaceId: string, ideaId: string, userId: string) =>
  db
    .insertInto('idea_follows')
    .values({ workspace_id: workspaceId, idea_id: ideaId, user_id: userId })
    .onConflict((oc) => oc.doNothing());

/** Authors, voters and commenters follow automatically; following twice changes nothing. */
export async function follow(tx: Tx, workspaceId: string, ideaId: string, userId: string): Promise<void> {
  await followQuery(tx, workspaceId, ideaId, userId).execute();
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

/** The followers of several ideas in one query, by workspace and idea (`${workspaceId}:${ideaId}`). */
export async function followersOfIdeas(
  tx: Tx,
  ideas: readonly { workspaceId: string; ideaId: string }[],
): Promise<Map<string, string[]>> {
  const followers = new Map<string, string[]>();
  if (ideas.length === 0) return followers;
  const rows = await tx
    .selectFrom('idea_follows')
    .select(['workspace_id', 'idea_id', 'user_id'])
    .where((eb) =>
      eb.or(ideas.map((i) => eb.and([eb('workspace_id', '=', i.workspaceId), eb('idea_id', '=', i.ideaId)]))),
    )
    .execute();
  for (const r of rows) {
    const key = `${r.workspace_id}:${r.idea_id}`;
    followers.set(key, [...(followers.get(key) ?? []), r.user_id]);
  }
  return followers;
}
