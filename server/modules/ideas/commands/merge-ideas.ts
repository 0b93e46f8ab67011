import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { ideaMergedAlready, mergeIntoItself, mergeTargetMerged } from '../errors.js';
import { IdeasEvents, NOTIFYING_VERSION, type IdeaMergedPayload } from '../events.js';
import { TRENDING_EPOCH_MS, TRENDING_HALF_LIFE_HOURS } from '../formulas.js';
import { loadStatuses } from '../statuses.js';
import { actorIdOf } from './actor.js';
import { follow, followerIds } from './follows.js';
import { boardOf, lockIdea } from './idea-rows.js';
import { checkThreshold } from './threshold.js';

/**
 * Merges a duplicate into the original: the duplicate's voters become the original's (a person
 * who voted for both counts once), its comments move over marked as moved, its followers follow
 * the original, and the duplicate redirects. Voters and followers of the duplicate are told when
 * the event is delivered (subscribers/notify-followers.ts).
 */
export async function mergeIdeas(ctx: CommandContext, duplicateId: string, intoId: string) {
  const ws = ctx.actor.workspaceId!;
  if (duplicateId === intoId) throw mergeIntoItself();
  return withTransaction(ctx.db, async (tx) => {
    // Lock in id order so two merges of the same pair cannot deadlock.
    const [first, second] = [duplicateId, intoId].sort();
    const a = await lockIdea(tx, ws, first!);
    const b = await lockIdea(tx, ws, second!);
    const dup = a.id === duplicateId ? a : b;
    const into = a.id === intoId ? a : b;
    if (dup.merged_into) throw ideaMergedAlready();
    if (into.merged_into) throw mergeTargetMerged();
    const voterIds = (
      await tx
        .selectFrom('idea_votes')
        .select('user_id')
        .where('workspace_id', '=', ws)
        .where('idea_id', '=', dup.id)
        .execute()
    ).map((v) => v.user_id);
    const told = [...new Set([...(await followerIds(tx, ws, dup.id)), ...voterIds])];
    const moved = await sql<{ n: number }>`
      with moved as (
        insert into idea_votes (workspace_id, idea_id, user_id, board_id, importance, weight, released, on_behalf_by, on_behalf_label, on_behalf_reason, merged_from, created_at)
        select workspace_id, ${into.id}, user_id, ${into.board_id}, importance, weight, released, on_behalf_by, on_behalf_label, on_behalf_reason, ${dup.id}, created_at
        from idea_votes where workspace_id = ${ws} and idea_id = ${dup.id}
        on conflict (workspace_id, idea_id, user_id) do nothing
        returning 1
      ) select count(*)::int as n from moved`.execute(tx);
    await tx.deleteFrom('idea_votes').where('workspace_id', '=', ws).where('idea_id', '=', dup.id).execute();
    const comments = await tx
      .updateTable('idea_comments')
      .set({ idea_id: into.id, moved_from: dup.id })
      .where('workspace_id', '=', ws)
      .where('idea_id', '=', dup.id)
      .executeTakeFirst();
    for (const userId of told) await follow(tx, ws, into.id, userId);
    // Recount from the rows rather than adding: the overlap is exactly what must not count twice.
    const h = TRENDING_HALF_LIFE_HOURS * 3600;
    const epoch = TRENDING_EPOCH_MS / 1000;
    const recounted = await sql<{ id: string }>`
      update ideas i set
        vote_count = agg.n,
        weighted_votes = agg.w,
        comment_count = i.comment_count + ${Number(comments.numUpdatedRows)},
        trending_score = agg.m + ln(agg.s) / ln(2),
        updated_at = now()
      from (
        select count(v.user_id)::int as n, coalesce(sum(v.weight), 0) as w, t.m,
          (select sum(power(2::float8, x - t.m)) from (
             select (extract(epoch from created_at) - ${epoch}) / ${h} as x from idea_votes where workspace_id = ${ws} and idea_id = ${into.id}
             union all select (extract(epoch from ${into.created_at}::timestamptz) - ${epoch}) / ${h}) terms) as s
        from (select greatest(max((extract(epoch from created_at) - ${epoch}) / ${h}), (extract(epoch from ${into.created_at}::timestamptz) - ${epoch}) / ${h}) as m
              from idea_votes where workspace_id = ${ws} and idea_id = ${into.id}) t
        left join idea_votes v on v.workspace_id = ${ws} and v.idea_id = ${into.id}
        group by t.m
      ) agg
      where i.workspace_id = ${ws} and i.id = ${into.id}
      returning i.id`.execute(tx);
    if (recounted.rows.length !== 1) throw new Error('merge: recount failed');
    await tx
      .updateTable('ideas')
      .set({ merged_into: into.id, vote_count: 0, weighted_votes: 0, comment_count: 0, updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', ws)
      .where('id', '=', dup.id)
      .execute();
    await record<IdeaMergedPayload>(tx, {
      name: IdeasEvents.ideaMerged,
      version: NOTIFYING_VERSION,
      workspaceId: ws,
      actorId: actorIdOf(ctx.actor),
      customerId: dup.author_id,
      payload: {
        ideaId: dup.id,
        intoId: into.id,
        movedVotes: moved.rows[0]!.n,
        duplicateVotes: dup.vote_count,
        movedComments: Number(comments.numUpdatedRows),
        ideaTitle: dup.title,
        intoTitle: into.title,
        voterIds,
      },
    });
    const after = await tx
      .selectFrom('ideas')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', '=', into.id)
      .executeTakeFirstOrThrow();
    const updated = await checkThreshold(tx, after, await boardOf(tx, ws, into.board_id), await loadStatuses(tx, ws));
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.idea.merged',
      targetType: 'idea',
      targetId: dup.id,
      details: { intoId: into.id },
    });
    return updated;
  });
}
