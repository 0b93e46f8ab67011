import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import type { Actor } from '../identity/index.js';
import type { Importance } from './tables.js';

/**
 * The caller's own part of the ideas they are looking at — their vote and whether they follow
 * each — kept out of the shared, cached lists and pages. One statement for a signed-in person;
 * anyone else has voted for and follows nothing, which costs nothing to say.
 */
export async function viewerState(db: Kysely<Database>, actor: Actor, ideaIds: string[]) {
  const ids = [...new Set(ideaIds.map((id) => id.toLowerCase()))];
  const mine = new Map<string, { importance: Importance | null; following: boolean }>();
  if (actor.kind === 'user' && ids.length > 0) {
    const rows = await db
      .selectFrom('ideas as i')
      .select([
        'i.id',
        sql<Importance | null>`(select v.importance from idea_votes v where v.workspace_id = i.workspace_id and v.idea_id = i.id and v.user_id = ${actor.userId})`.as(
          'importance',
        ),
        sql<boolean>`exists (select 1 from idea_follows f where f.workspace_id = i.workspace_id and f.idea_id = i.id and f.user_id = ${actor.userId})`.as(
          'following',
        ),
      ])
      .where('i.workspace_id', '=', actor.workspaceId)
      .where('i.id', 'in', ids)
      .execute();
    for (const r of rows) mine.set(r.id, { importance: r.importance, following: r.following });
  }
  return {
    items: ids.map((ideaId) => {
      const m = mine.get(ideaId);
      return {
        ideaId,
        myVote: m?.importance ? { importance: m.importance } : null,
        following: m?.following ?? false,
      };
    }),
  };
}
