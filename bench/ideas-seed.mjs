// The ideas data set shared by the ideas-* scenarios: 1,000 boards, 100,000 ideas, 1,000,000
// votes, 200,000 notifications and 500 signed-in customers. Everything is set-based SQL
// (generate_series) so the seed takes seconds; only the 400 title templates and their search
// tokens are made in JS (with the server's own tokeniser, so Chinese bigrams match as in the app).
import { createHash, randomBytes } from 'node:crypto';
import { normalise, searchTokens } from '../dist/server/platform/text/index.js';

export const IDEAS_SEED = {
  boards: 1000,
  ideas: 100_000,
  votesPerIdea: 10,
  notifiedCustomers: 2000,
  notificationsEach: 100,
  sessions: 500,
};

const ZH_SUBJECTS = [
  '洗衣机',
  '冰箱',
  '空调',
  '热水器',
  '洗碗机',
  '烘干机',
  '净水器',
  '电视',
  '手机 App',
  '扫地机器人',
];
const ZH_WISHES = [
  '增加静音模式',
  '支持远程控制',
  '噪音太大希望改进',
  '增加童锁功能',
  '能耗显示更清楚',
  '支持语音控制',
  '预约功能更灵活',
  '清洁提醒',
  '门把手更结实',
  '界面更简洁',
];
const EN_SUBJECTS = [
  'washer',
  'fridge',
  'air conditioner',
  'water heater',
  'dishwasher',
  'dryer',
  'purifier',
  'TV',
  'mobile app',
  'robot vacuum',
];
const EN_WISHES = [
  'quiet night mode',
  'remote control from the phone',
  'less noise when spinning',
  'child lock',
  'clearer energy display',
  'voice control',
  'flexible scheduling',
  'cleaning reminder',
  'sturdier door handle',
  'simpler screen',
];

/** 400 titles: 200 Chinese, 200 English. */
export function titleTemplates() {
  const titles = [];
  for (let i = 0; i < 200; i++)
    titles.push(`${ZH_SUBJECTS[i % 10]}${ZH_WISHES[Math.floor(i / 10) % 10]}${i >= 100 ? '，希望尽快' : ''}`);
  for (let i = 0; i < 200; i++)
    titles.push(`${EN_WISHES[Math.floor(i / 10) % 10]} for the ${EN_SUBJECTS[i % 10]}${i >= 100 ? ', please' : ''}`);
  return titles;
}

/** Reworded titles the similar-ideas scenario types (Chinese and English). */
export const TYPED_TITLES = [
  '洗衣机晚上太吵了',
  '冰箱能不能远程控制',
  '空调静音模式',
  '热水器预约',
  'quiet mode for my washer',
  'control the dryer from my phone',
  'dishwasher is noisy',
  'child lock on the fridge',
];

const hashToken = (token) => createHash('sha256').update(token).digest('base64url');

/** Seeds once per run (every ideas scenario calls it; the first call does the work). */
export async function seedIdeas(pool, ctx) {
  if (ctx.ideas) return ctx.ideas;
  const started = Date.now();
  const ws = ctx.workspaceId;
  const titles = titleTemplates();
  await pool.query(
    `insert into idea_statuses (workspace_id, key, position, stage, names)
     select $1, k, p, s, n::jsonb from unnest($2::text[], $3::int[], $4::text[], $5::text[]) as t(k, p, s, n)`,
    [
      ws,
      ['open', 'under_review', 'planned', 'in_progress', 'shipped', 'declined'],
      [0, 1, 2, 3, 4, 5],
      ['open', 'review', 'planned', 'in_progress', 'shipped', 'declined'],
      [
        '{"zh-CN":"征集中","en":"Open"}',
        '{"zh-CN":"评估中","en":"Under review"}',
        '{"zh-CN":"已规划","en":"Planned"}',
        '{"zh-CN":"开发中","en":"In progress"}',
        '{"zh-CN":"已上线","en":"Shipped"}',
        '{"zh-CN":"暂不采纳","en":"Declined"}',
      ],
    ],
  );
  await pool.query(
    `insert into idea_boards (workspace_id, id, slug, name, position)
     select $1, gen_random_uuid(), 'board-' || g, 'Board ' || g, g from generate_series(1, $2) g`,
    [ws, IDEAS_SEED.boards],
  );
  const customers = (
    await pool.query(`select id from users where workspace_id = $1 and role = 'customer' order by id`, [ws])
  ).rows.map((r) => r.id);
  // Ideas: spread over a year, over every board (each board gets 100 different titles), authored by customers; the score is the
  // closed form of the trending formula for "submitted at t, ten votes within ten hours of t".
  await pool.query(
    `with b as (select array_agg(id order by position) ids from idea_boards where workspace_id = $1),
     t as (select $2::text[] titles, $3::text[] norms, $4::text[] tokens)
     insert into ideas (workspace_id, id, board_id, author_id, title, title_norm, body, body_html, tags, status, vote_count, weighted_votes, trending_score, search_tokens, created_at, updated_at)
     select $1, gen_random_uuid(), b.ids[1 + g % $6], ($5::uuid[])[1 + g % array_length($5::uuid[], 1)],
       t.titles[1 + ((g / $6) * 7 + g) % 400] || ' #' || g, t.norms[1 + ((g / $6) * 7 + g) % 400] || ' #' || g, '', '', '{}',
       (array['open','open','open','under_review','planned','in_progress','shipped','declined'])[1 + g % 8],
       $7::int, $7::int, (extract(epoch from now() - make_interval(mins => g * 5)) - extract(epoch from timestamptz '2024-01-01Z')) / 259200 + ln($7::int + 1) / ln(2),
       t.tokens[1 + ((g / $6) * 7 + g) % 400] || ' ' || g, now() - make_interval(mins => g * 5), now()
     from generate_series(1, $8) g, b, t`,
    [
      ws,
      titles,
      titles.map((x) => normalise(x)),
      titles.map((x) => searchTokens(x)),
      customers,
      IDEAS_SEED.boards,
      IDEAS_SEED.votesPerIdea,
      IDEAS_SEED.ideas,
    ],
  );
  // Votes: ten distinct customers per idea (1009·k mod 10,000 is distinct for k < 10).
  await pool.query(
    `with c as (select $2::uuid[] ids), i as (select id, board_id, created_at, row_number() over (order by id) n from ideas where workspace_id = $1)
     insert into idea_votes (workspace_id, idea_id, user_id, board_id, importance, weight, created_at)
     select $1, i.id, c.ids[1 + ((i.n * 7 + k * 1009) % array_length(c.ids, 1))], i.board_id, 'important', 1, i.created_at + make_interval(hours => k)
     from i, c, generate_series(0, $3 - 1) k`,
    [ws, customers, IDEAS_SEED.votesPerIdea],
  );
  const notified = customers.slice(0, IDEAS_SEED.notifiedCustomers);
  await pool.query(
    `insert into notifications (workspace_id, id, user_id, kind, params, link, read_at, created_at)
     select $1, gen_random_uuid(), u, (array['ideas.status_changed','ideas.answered','ideas.shipped'])[1 + n % 3],
       jsonb_build_object('ideaTitle', '洗衣机增加静音模式 #' || n, 'statusNames', jsonb_build_object('zh-CN', '已规划', 'en', 'Planned')),
       '/ideas/00000000-0000-7000-8000-000000000000', case when n % 4 = 0 then null else now() end, now() - make_interval(hours => n)
     from unnest($2::uuid[]) u, generate_series(1, $3) n`,
    [ws, notified, IDEAS_SEED.notificationsEach],
  );
  // gen_random_uuid() is v4, not time-ordered; the list pages by id, so give them v7-like order by time.
  const sessions = notified.slice(0, IDEAS_SEED.sessions).map((userId) => {
    const token = randomBytes(32).toString('base64url');
    return { userId, cookie: `cocreate_session=${ws}.${token}`, tokenHash: hashToken(token) };
  });
  await pool.query(
    `insert into sessions (workspace_id, token_hash, user_id, expires_at)
     select $1, unnest($2::text[]), unnest($3::uuid[]), now() + interval '30 days'`,
    [ws, sessions.map((s) => s.tokenHash), sessions.map((s) => s.userId)],
  );
  await pool.query('analyze');
  const ideaIds = (
    await pool.query(
      `select id from ideas where workspace_id = $1 and status in ('open', 'under_review', 'planned', 'in_progress') order by random() limit 20000`,
      [ws],
    )
  ).rows.map((r) => r.id);
  ctx.ideas = { sessions, ideaIds, seedMs: Date.now() - started };
  console.log(
    `[ideas] seeded ${IDEAS_SEED.boards} boards, ${IDEAS_SEED.ideas} ideas, ${IDEAS_SEED.ideas * IDEAS_SEED.votesPerIdea} votes, ${notified.length * IDEAS_SEED.notificationsEach} notifications in ${ctx.ideas.seedMs} ms`,
  );
  return ctx.ideas;
}
