import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import { presentComment, type CommentRow } from './presenters.js';
import { ideaFor } from './queries.js';
import type { Viewer } from './viewer.js';

type DB = Kysely<Database>;

/** Comments with their author's name and role, as presentComment wants them; narrow with `where`. */
export function commentsWithAuthor(db: DB, workspaceId: string) {
  return db
    .selectFrom('idea_comments as c')
    .leftJoin('users as u', (j) => j.onRef('u.workspace_id', '=', 'c.workspace_id').onRef('u.id', '=', 'c.author_id'))
    .selectAll('c')
    .select(['u.display_name as author_name', 'u.role as author_role'])
    .where('c.workspace_id', '=', workspaceId);
}

/** One comment with its author, as a command leaves it (the comment exists: the caller just wrote it). */
export function commentWithAuthor(db: DB, workspaceId: string, commentId: string): Promise<CommentRow> {
  return commentsWithAuthor(db, workspaceId).where('c.id', '=', commentId).executeTakeFirstOrThrow();
}

/** Comments of an idea in posting order (replies carry their parent's id). */
export async function listComments(db: DB, viewer: Viewer, ideaId: string) {
  await ideaFor(db, viewer, ideaId);
  const rows = await commentsWithAuthor(db, viewer.workspaceId)
    .where('c.idea_id', '=', ideaId)
    .orderBy('c.id')
    .limit(500)
    .execute();
  return { items: rows.map((c) => presentComment(c, viewer.userId, viewer.staff)) };
}

/** The public history of status changes, oldest first. */
export async function statusHistory(db: DB, viewer: Viewer, ideaId: string) {
  await ideaFor(db, viewer, ideaId);
  const rows = await db
    .selectFrom('idea_status_changes')
    .selectAll()
    .where('workspace_id', '=', viewer.workspaceId)
    .where('idea_id', '=', ideaId)
    .orderBy('id')
    .execute();
  return {
    items: rows.map((r) => ({
      fromStatus: r.from_status,
      toStatus: r.to_status,
      note: r.note,
      actorLabel: r.actor_label,
      createdAt: r.created_at.toISOString(),
    })),
  };
}

/** Who voted (staff): with importance, weight, and who added a vote on someone's behalf and why. */
export async function listVoters(db: DB, viewer: Viewer, ideaId: string) {
  await ideaFor(db, viewer, ideaId);
  const rows = await db
    .selectFrom('idea_votes as v')
    .innerJoin('users as u', (j) => j.onRef('u.workspace_id', '=', 'v.workspace_id').onRef('u.id', '=', 'v.user_id'))
    .select([
      'v.user_id',
      'u.display_name',
      'u.email',
      'v.importance',
      'v.weight',
      'v.on_behalf_label',
      'v.on_behalf_reason',
      'v.merged_from',
      'v.created_at',
    ])
    .where('v.workspace_id', '=', viewer.workspaceId)
    .where('v.idea_id', '=', ideaId)
    .orderBy('v.created_at')
    .limit(1000)
    .execute();
  return {
    items: rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      importance: r.importance,
      weight: Number(r.weight),
      onBehalfBy: r.on_behalf_label,
      onBehalfReason: r.on_behalf_reason,
      mergedFromIdeaId: r.merged_from,
      createdAt: r.created_at.toISOString(),
    })),
  };
}
