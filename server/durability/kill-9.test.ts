import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../platform/db/index.js';
import { readPostmasterPid } from '../platform/db/embedded-postgres/server-process.js';
import { discardDataDir } from '../test-support/data-dir.js';
import { createPostgresDatabase, testDbKind } from '../test-support/db.js';
import { spawnTs, waitForOutput, type Spawned } from '../test-support/spawn.js';

// The real server (server/main.ts, both roles) on the suite's database, killed with SIGKILL at
// random moments while customers answer a survey through HTTP, then started again. Afterwards
// every acknowledged answer is there, complete, and every subscriber has caught up. The embedded
// suite runs it on the default embedded PostgreSQL server (where every other round kills the
// server's postmaster too, so its crash recovery is exercised, not only the restart of an orphan)
// and on PGlite; the PostgreSQL suites on their server through DATABASE_URL.

const ROUNDS = 3;
const WRITERS = 4;
const WORKSPACE = 'durable';
const PASSWORD = 'correct horse battery staple';

type Answers = { nps: number; csat?: number; channel?: 'phone' | 'app' };

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const SURVEY = {
  slug: 'after-repair',
  title: t('How was your repair?', '维修体验如何？'),
  welcome: t('Two questions.', '两个问题。'),
  thanks: t('Thank you!', '谢谢您！'),
  questions: [
    { id: 'nps', type: 'nps', title: t('Would you recommend us?', '您会推荐我们吗？'), required: true, branches: [] },
    { id: 'csat', type: 'csat', title: t('Were you satisfied?', '您满意吗？'), required: false, branches: [] },
    {
      id: 'channel',
      type: 'single',
      title: t('How did you contact us?', '您通过什么方式联系我们？'),
      required: false,
      choices: [
        { id: 'phone', label: t('Phone', '电话') },
        { id: 'app', label: t('App', '应用') },
      ],
      branches: [],
    },
  ],
};
const CHANNELS = ['phone', 'app'] as const;

/** A small seeded generator, so a failing run can be told apart and replayed by its seed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
}

class Server {
  private constructor(
    readonly spawned: Spawned,
    readonly base: string,
  ) {}

  static async start(env: Record<string, string>): Promise<Server> {
    const spawned = spawnTs('server/main.ts', [], env);
    await waitForOutput(spawned, ' running on ', 90_000);
    const base = /running on (http:\/\/\S+)/.exec(spawned.output())![1]!;
    return new Server(spawned, base);
  }

  async call(
    method: string,
    url: string,
    body?: unknown,
    cookie?: string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; json: any; cookies: string[] }> {
    const res = await fetch(`${this.base}/api/v1${url}`, {
      method,
      headers: {
        'x-requested-with': 'cocreate',
        ...(url === '/setup' ? {} : { 'x-cocreate-workspace': WORKSPACE }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined, cookies: res.headers.getSetCookie() };
  }

  async kill9(): Promise<void> {
    this.spawned.child.kill('SIGKILL');
    await this.spawned.exited;
  }
}

type Engine = 'embedded' | 'pglite' | 'url';
const engines: { engine: Engine; name: string }[] =
  testDbKind === 'postgres'
    ? [{ engine: 'url', name: 'PostgreSQL from DATABASE_URL' }]
    : [
        { engine: 'embedded', name: 'the embedded PostgreSQL server' },
        { engine: 'pglite', name: 'PGlite' },
      ];

describe.each(engines)('kill -9 of the running server on $name', ({ engine }) => {
  it('keeps every acknowledged write and delivers its events after a restart', { timeout: 240_000 }, async () => {
    const seed = Date.now() % 2 ** 31;
    const rand = random(seed);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-kill9-'));
    const postgres = engine === 'url' ? await createPostgresDatabase() : undefined;
    const env: Record<string, string> = {
      COCREATE_DATA_DIR: dataDir,
      PORT: '0',
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      EVENT_POLL_MS: '100',
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
      ...(engine === 'pglite' ? { COCREATE_DB: 'pglite' } : {}),
    };
    /** Every completion the server answered with 2xx, and every one that was sent at all. */
    const acknowledged = new Map<string, Answers>();
    const sent = new Map<string, Answers>();
    let server: Server | undefined;
    try {
      server = await Server.start(env);
      const setup = await server.call('POST', '/setup', {
        workspace: { name: '耐久 品牌', slug: WORKSPACE },
        owner: { email: 'owner@durable.example', password: PASSWORD, displayName: '王经理' },
      });
      expect(setup.status).toBe(201);
      const cookie = setup.cookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith('cocreate_session='))!;
      const created = await server.call('POST', '/surveys', SURVEY, cookie);
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      const surveyId = created.json.id as string;
      expect((await server.call('POST', `/surveys/${surveyId}/status`, { status: 'open' }, cookie)).status).toBe(200);

      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0) server = await Server.start(env);
        const current = server;
        let killed = false;
        let ackedThisRound = 0;
        let failure: unknown;
        const writer = async () => {
          while (!killed) {
            const answers: Answers = { nps: rand(11) };
            if (rand(3) > 0) answers.csat = 1 + rand(5);
            if (rand(2) > 0) answers.channel = CHANNELS[rand(2)]!;
            try {
              const started = await current.call('POST', `/s/${SURVEY.slug}/responses`, { locale: 'zh-CN' });
              if (started.status !== 201)
                throw new Error(`start answered ${started.status}: ${JSON.stringify(started.json)}`);
              sent.set(started.json.id, answers);
              const done = await current.call('PUT', `/survey-responses/${started.json.id}`, {
                token: started.json.token,
                answers,
                complete: true,
              });
              if (done.status !== 200)
                throw new Error(`completion answered ${done.status}: ${JSON.stringify(done.json)}`);
              acknowledged.set(started.json.id, answers);
              ackedThisRound++;
            } catch (err) {
              if (killed) continue; // a refused or cut connection is expected once the server is gone
              failure = err;
              return;
            }
          }
        };
        const writers = Array.from({ length: WRITERS }, writer);
        // Kill at a random moment once writes are flowing: mid-request, mid-commit or mid-delivery.
        while (ackedThisRound === 0 && failure === undefined) await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => setTimeout(r, rand(1500)));
        killed = true;
        await current.kill9();
        if (engine === 'embedded' && round % 2 === 1) killPostmaster(dataDir);
        await Promise.all(writers);
        if (failure !== undefined) throw failure;
      }

      // Started once more, the server delivers what the killed ones had not: its answers are
      // complete when the rolled-up count equals the completed responses it lists.
      server = await Server.start(env);
      const marker = await server.call('POST', `/s/${SURVEY.slug}/responses`, { locale: 'zh-CN' });
      const markerAnswers: Answers = { nps: 10 };
      expect(
        (
          await server.call('PUT', `/survey-responses/${marker.json.id}`, {
            token: marker.json.token,
            answers: markerAnswers,
            complete: true,
          })
        ).status,
      ).toBe(200);
      acknowledged.set(marker.json.id, markerAnswers);
      sent.set(marker.json.id, markerAnswers);
      for (let waited = 0; ; waited += 200) {
        // The session cookie of the setup outlives the restarts: sessions are rows, not memory.
        const survey = await server.call('GET', `/surveys/${surveyId}`, undefined, cookie);
        const listed = await listedResponses(server, surveyId, cookie);
        if (survey.json.completedCount === listed && listed >= acknowledged.size) break;
        if (waited > 60_000)
          throw new Error(
            `delivery did not catch up: ${survey.json.completedCount} rolled up, ${listed} completed (seed ${seed})`,
          );
        await new Promise((r) => setTimeout(r, 200));
      }
      server.spawned.child.kill('SIGTERM');
      expect(await server.spawned.exited).toBe(0);
      server = undefined;

      await checkDatabase(
        { url: postgres?.url, dataDir, ...(engine === 'pglite' ? { engine } : {}) },
        surveyId,
        acknowledged,
        sent,
        seed,
      );
    } finally {
      if (server) await server.kill9();
      await postgres?.drop();
    }
    // The last process to leave stopped the embedded server; nothing is left running.
    expect(readPostmasterPid(path.join(dataDir, 'postgres'))).toBeUndefined();
    discardDataDir(dataDir);
  });
});

async function listedResponses(server: Server, surveyId: string, cookie: string): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await server.call(
      'GET',
      `/surveys/${surveyId}/responses?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      undefined,
      cookie,
    );
    count += page.json.items.length;
    cursor = page.json.nextCursor ?? undefined;
  } while (cursor);
  return count;
}

/** The embedded server's postmaster killed too: a crash of the database server, not only of Cocreate. */
function killPostmaster(dataDir: string): void {
  const postmaster = readPostmasterPid(path.join(dataDir, 'postgres'));
  if (postmaster) process.kill(postmaster.pid, 'SIGKILL');
}

async function checkDatabase(
  target: { url: string | undefined; dataDir: string; engine?: 'pglite' },
  surveyId: string,
  acknowledged: Map<string, Answers>,
  sent: Map<string, Answers>,
  seed: number,
): Promise<void> {
  const database = await openDatabase(target);
  const db = database.db;
  const why = `seed ${seed}`;
  try {
    const { rows: responses } = await sql<{ id: string; status: string; answers: Answers; rolled_up: boolean }>`
      select id, status, answers, rolled_up from survey_responses where survey_id = ${surveyId}`.execute(db);
    const completed = responses.filter((r) => r.status === 'completed');
    const byId = new Map(responses.map((r) => [r.id, r]));

    // Every acknowledged write is there, completed, with exactly the answers sent.
    for (const [id, answers] of acknowledged) {
      expect(byId.get(id)?.status, why).toBe('completed');
      expect(byId.get(id)?.answers, why).toEqual(answers);
    }
    // A completion cut short by the kill is either wholly there or wholly absent.
    for (const r of completed) expect(r.answers, why).toEqual(sent.get(r.id));
    for (const r of responses.filter((x) => x.status !== 'completed')) expect(r.answers, why).toEqual({});

    // Each completion recorded its event with it, and every subscriber received it.
    const { rows: events } = await sql<{ response_id: string }>`
      select payload->>'responseId' as response_id from platform_events where name = 'surveys.response.completed'`.execute(
      db,
    );
    expect(events.map((e) => e.response_id).sort(), why).toEqual(completed.map((r) => r.id).sort());
    const { rows: behind } = await sql<{ subscriber: string }>`
      select c.subscriber from platform_event_checkpoints c
       where exists (select 1 from platform_events e where e.name = 'surveys.response.completed' and (e.txid, e.id) > (c.last_txid, c.last_id))
         and c.subscriber in ('surveys.rollups', 'surveys.followups')`.execute(db);
    expect(behind, why).toEqual([]);
    expect(
      completed.every((r) => r.rolled_up),
      why,
    ).toBe(true);

    // The rollups equal a full recomputation from the completed responses.
    const expected = new Map<string, number>();
    const add = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
    for (const { answers } of completed) {
      add(`nps|${answers.nps}`);
      if (answers.csat !== undefined) add(`csat|${answers.csat}`);
      if (answers.channel !== undefined) add(`channel|${CHANNELS.indexOf(answers.channel)}`);
    }
    const { rows: totals } = await sql<{ question_id: string; value: number; n: number }>`
      select question_id, value, n::int as n from survey_totals where survey_id = ${surveyId}`.execute(db);
    expect(new Map(totals.map((r) => [`${r.question_id}|${r.value}`, r.n])), why).toEqual(expected);
    const { rows: daily } = await sql<{ question_id: string; value: number; n: number }>`
      select question_id, value, sum(n)::int as n from survey_daily_counts where survey_id = ${surveyId} group by 1, 2`.execute(
      db,
    );
    expect(new Map(daily.map((r) => [`${r.question_id}|${r.value}`, r.n])), why).toEqual(expected);
    const { rows: surveys } = await sql<{
      completed_count: number;
    }>`select completed_count from surveys where id = ${surveyId}`.execute(db);
    expect(surveys[0]?.completed_count, why).toBe(completed.length);

    // One follow-up per unhappy answer, each with its own event.
    const expectedFollowups = completed.flatMap((r) => [
      ...(r.answers.nps <= 6 ? [`${r.id}|nps`] : []),
      ...(r.answers.csat !== undefined && r.answers.csat <= 2 ? [`${r.id}|csat`] : []),
    ]);
    const { rows: followups } = await sql<{ key: string }>`
      select response_id || '|' || question_id as key from survey_followups where survey_id = ${surveyId}`.execute(db);
    expect(followups.map((f) => f.key).sort(), why).toEqual(expectedFollowups.sort());
    const { rows: detected } = await sql<{ n: number }>`
      select count(*)::int as n from platform_events where name = 'surveys.detractor.detected'`.execute(db);
    expect(detected[0]?.n, why).toBe(expectedFollowups.length);
  } finally {
    await database.close();
  }
}
