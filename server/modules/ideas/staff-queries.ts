import { sql, type Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../platform/db/index.js';
import { decodeCursor, toPage, type PageQuery } from '../../platform/http/pagination.js';
import { presentIdeaSummary, presentRice, type IdeaRow } from './presenters.js';
import { ideaRows } from './queries.js';
import type { PriorityQuerySchema } from './schemas.js';
import { loadStatuses } from './statuses.js';
import { boardFor, type Viewer } from './viewer.js';
import type { z } from 'zod';

type DB = Kysely<Database>;

/** Spreadsheets run cells that start with = + - @ as formulas; a leading quote keeps them text. */
const cell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** The triage inbox: ideas awaiting pre-moderation, then new ideas nobody has answered, oldest first. */
export async function triageInbox(db: DB, viewer: Viewer, page: PageQuery) {
  const after = decodeCursor(page.cursor, 2);
  let q = ideaRows(db, viewer)
    .where('i.merged_into', 'is', null)
    .where('i.answer_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('i.moderation', '=', 'pending'),
        eb.and([
          eb('i.moderation', '=', 'visible'),
          eb(
            'i.status',
            'in',
            sql<string>`(select key from idea_statuses where workspace_id = ${viewer.workspaceId} and stage in ('open', 'review'))`,
          ),
        ]),
      ]),
    );
  const rank = sql<number>`case when i.moderation = 'pending' then 0 else 1 end`;
  if (after) q = q.where(sql<boolean>`(${rank}, i.id) > (${Number(after[0])}, ${String(after[1])}::uuid)`);
  const [rows, statuses] = await Promise.all([
    q
      .orderBy(rank)
      .orderBy('i.id')
      .limit(page.limit + 1)
      .execute(),
    loadStatuses(db, viewer.workspaceId),
  ]);
  return toPage(
    rows as IdeaRow[],
    page.limit,
    (r) => [r.moderation === 'pending' ? 0 : 1, r.id],
    (r) => presentIdeaSummary(r, statuses),
  );
}

const PRIORITY_ORDER = {
  votes: sql`i.vote_count desc`,
  weighted: sql`i.weighted_votes desc`,
  trending: sql`i.trending_score desc`,
  rice: sql`(i.vote_count * i.rice_impact * i.rice_confidence / 100 / nullif(i.rice_effort, 0)) desc nulls last`,
  newest: sql`i.id desc`,
};

/** Ideas side by side by raw votes, weighted demand, trending and RICE. */
export async function priorities(db: DB, viewer: Viewer, query: z.infer<typeof PriorityQuerySchema>) {
  let q = ideaRows(db, viewer).where('i.merged_into', 'is', null).where('i.moderation', '=', 'visible');
  if (query.board) q = q.where('i.board_id', '=', (await boardFor(db, viewer, query.board)).id);
  const [rows, statuses] = await Promise.all([
    q.orderBy(PRIORITY_ORDER[query.sort]).orderBy('i.id', 'desc').limit(query.limit).execute(),
    loadStatuses(db, viewer.workspaceId),
  ]);
  return { items: (rows as IdeaRow[]).map((r) => ({ ...presentIdeaSummary(r, statuses), rice: presentRice(r) })) };
}

/** Ideas past their promised answer date without an official answer, most overdue first. */
export async function overdue(db: DB, viewer: Viewer) {
  const [rows, statuses] = await Promise.all([
    ideaRows(db, viewer)
      .where('i.answer_due_at', '<', sql<Date>`now()`)
      .where('i.first_answer_at', 'is', null)
      .where('i.merged_into', 'is', null)
      .orderBy('i.answer_due_at')
      .limit(200)
      .execute(),
    loadStatuses(db, viewer.workspaceId),
  ]);
  return {
    items: (rows as IdeaRow[]).map((r) => ({
      ...presentIdeaSummary(r, statuses),
      answerDueAt: r.answer_due_at!.toISOString(),
      daysOverdue: Math.floor((Date.now() - r.answer_due_at!.getTime()) / 86_400_000),
    })),
  };
}

/** Per board: share of ideas with an official answer, median hours to the first one, overdue count. */
export async function boardStats(db: DB, workspaceId: string) {
  const rows = await sql<{
    board_id: string;
    name: string;
    ideas: number;
    answered: number;
    median_hours: number | null;
    overdue: number;
  }>`
    select b.id as board_id, b.name,
      count(i.id)::int as ideas,
      count(i.first_answer_at)::int as answered,
      percentile_cont(0.5) within group (order by extract(epoch from i.first_answer_at - i.created_at) / 3600) filter (where i.first_answer_at is not null) as median_hours,
      count(*) filter (where i.answer_due_at < now() and i.first_answer_at is null)::int as overdue
    from idea_boards b
    left join ideas i on i.workspace_id = b.workspace_id and i.board_id = b.id and i.merged_into is null and i.moderation = 'visible'
    where b.workspace_id = ${workspaceId}
    group by b.id, b.name, b.position
    order by b.position, b.name`.execute(db);
  return {
    items: rows.rows.map((r) => ({
      boardId: r.board_id,
      boardName: r.name,
      ideas: r.ideas,
      answered: r.answered,
      responseRate: r.ideas ? Math.round((r.answered / r.ideas) * 1000) / 1000 : null,
      medianHoursToFirstAnswer: r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10,
      overdue: r.overdue,
    })),
  };
}

/** CSV of ideas with their counts, RICE and every voter (name, email, importance, weight, on whose behalf). */
export async function exportCsv(db: DB, viewer: Viewer, boardIdOrSlug: string | undefined): Promise<string> {
  let q = ideaRows(db, viewer).where('i.merged_into', 'is', null);
  if (boardIdOrSlug) q = q.where('i.board_id', '=', (await boardFor(db, viewer, boardIdOrSlug)).id);
  const ideas = (await q.orderBy('i.vote_count', 'desc').orderBy('i.id').limit(10_000).execute()) as IdeaRow[];
  const voters =
    ideas.length === 0
      ? []
      : await db
          .selectFrom('idea_votes as v')
          .innerJoin('users as u', (j) =>
            j.onRef('u.workspace_id', '=', 'v.workspace_id').onRef('u.id', '=', 'v.user_id'),
          )
          .select(['v.idea_id', 'u.display_name', 'u.email', 'v.importance', 'v.weight', 'v.on_behalf_label'])
          .where('v.workspace_id', '=', viewer.workspaceId)
          .where(
            'v.idea_id',
            'in',
            ideas.map((i) => i.id),
          )
          .orderBy('v.created_at')
          .execute();
  const byIdea = new Map<string, string[]>();
  for (const v of voters) {
    const list = byIdea.get(v.idea_id) ?? [];
    list.push(
      `${v.display_name}${v.email ? ` <${v.email}>` : ''} (${v.importance}, ×${Number(v.weight)}${v.on_behalf_label ? `, via ${v.on_behalf_label}` : ''})`,
    );
    byIdea.set(v.idea_id, list);
  }
  const header = [
    'id',
    'title',
    'status',
    'tags',
    'votes',
    'weighted_votes',
    'comments',
    'rice',
    'answered',
    'created_at',
    'voters',
  ];
  const body = ideas.map((r) => {
    const rice = presentRice(r).score;
    return [
      r.id,
      cell(r.title),
      r.status,
      cell(r.tags.join(' ')),
      r.vote_count,
      Number(r.weighted_votes),
      r.comment_count,
      rice ?? '',
      r.answer_at ? 'yes' : 'no',
      r.created_at.toISOString(),
      cell((byIdea.get(r.id) ?? []).join('; ')),
    ];
  });
  // A leading BOM lets Excel open the Chinese text as UTF-8.
  return `\uFEFF${stringify([header, ...body])}`;
}
