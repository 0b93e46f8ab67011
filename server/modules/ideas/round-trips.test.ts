import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounts } from '../../platform/db/statement-count.js';
import { EventDispatcher } from '../../platform/events/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, signUpCustomer, type Session } from '../../test-support/identity.js';
import { deliverEvents, workerContext } from '../../test-support/worker.js';
import { modules } from '../index.js';

// SQL statements (BEGIN and COMMIT included) that voting costs, in the request and in the worker
// that delivers its event; counts are the app's own, so they are exact and the same every run.

let t: TestApp;
let owner: Session;
let voters: Session[];

const vote = (s: Session, ideaId: string, importance = 'important') =>
  inject(t.app, s, { method: 'PUT', url: `/api/v1/ideas/${ideaId}/vote`, payload: { importance } });
const unvote = (s: Session, ideaId: string) =>
  inject(t.app, s, { method: 'DELETE', url: `/api/v1/ideas/${ideaId}/vote` });

async function inRequest(work: () => Promise<{ statusCode: number; body: string; json: () => unknown }>) {
  const before = statementCounts.request;
  const res = await work();
  expect(res.statusCode, res.body).toBe(200);
  return { statements: statementCounts.request - before, body: res.json() };
}

async function inBackground(work: () => Promise<unknown>): Promise<number> {
  const before = statementCounts.background;
  await work();
  return statementCounts.background - before;
}

/**
 * Runs the worker until `n` deliveries are made; returns the statements of the rounds that
 * delivered (on a shared PostgreSQL server another database's open transaction can hold events
 * back a moment, and the empty rounds that waits for are not the vote's cost).
 */
async function deliverCounting(worker: EventDispatcher, n: number): Promise<number> {
  let statements = 0;
  let delivered = 0;
  for (let round = 0; round < 200 && delivered < n; round++) {
    let made = 0;
    const spent = await inBackground(async () => (made = await worker.runOnce()));
    if (made > 0) statements += spent;
    else await new Promise((r) => setTimeout(r, 20));
    delivered += made;
  }
  expect(delivered).toBe(n);
  return statements;
}

async function submitIdeas(author: Session, board: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await inject(t.app, author, {
      method: 'POST',
      url: '/api/v1/ideas',
      payload: { board, title: `Round trip idea ${board} ${i}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids.push(res.json().id);
  }
  return ids;
}

const dispatcher = () =>
  new EventDispatcher(
    workerContext(t.database.db, t.config),
    modules.flatMap((m) => m.subscribers ?? []),
    { pollMs: 1000, batchSize: 200 },
  );

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'roundtrip');
  voters = [];
  for (const name of ['ana', 'bo', 'cy', 'dee', 'eve'])
    voters.push(await signUpCustomer(t.app, `${name}@rt.example`, 'roundtrip'));
  for (const slug of ['budget', 'plain']) {
    const res = await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/idea-boards',
      payload: { slug, name: slug, ...(slug === 'budget' ? { voteBudget: 3, importanceEnabled: true } : {}) },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t.close());

describe('a vote in the request', () => {
  it('costs at most 5 statements to cast, change and withdraw, even on a session not seen before', async () => {
    const [idea] = await submitIdeas(voters[0]!, 'budget', 1);
    const fresh = await signUpCustomer(t.app, 'fresh@rt.example', 'roundtrip');

    const cast = await inRequest(() => vote(fresh, idea!));
    expect(cast.body).toMatchObject({ voteCount: 1, myVote: { importance: 'important' }, votesLeft: 2 });
    // BEGIN, the idea locked and read with all the vote needs, one write, COMMIT; and the session.
    expect(cast.statements).toBeLessThanOrEqual(5);

    const change = await inRequest(() => vote(fresh, idea!, 'critical'));
    expect(change.body).toMatchObject({ voteCount: 1, weightedVotes: 2, myVote: { importance: 'critical' } });
    expect(change.statements).toBeLessThanOrEqual(4);

    const same = await inRequest(() => vote(fresh, idea!, 'critical'));
    expect(same.body).toMatchObject({ voteCount: 1, votesLeft: 2 });
    expect(same.statements).toBeLessThanOrEqual(3);

    const withdrawn = await inRequest(() => unvote(fresh, idea!));
    expect(withdrawn.body).toMatchObject({ voteCount: 0, myVote: null, votesLeft: 3 });
    expect(withdrawn.statements).toBeLessThanOrEqual(4);

    const again = await inRequest(() => unvote(fresh, idea!));
    expect(again.body).toMatchObject({ voteCount: 0, myVote: null, votesLeft: 3 });
    expect(again.statements).toBeLessThanOrEqual(3);
  });
});

describe('a vote in the worker', () => {
  it('costs at most 5 statements delivered alone, and a fraction of one in a batch of 50', async () => {
    const ideas = await submitIdeas(owner, 'plain', 10);
    const worker = dispatcher();
    await deliverEvents(workerContext(t.database.db, t.config), modules);
    await worker.runOnce();

    // Nothing due: one query, however many subscribers there are.
    expect(await inBackground(() => worker.runOnce())).toBe(1);

    await vote(voters[1]!, ideas[0]!);
    // What is due, BEGIN, the checkpoints claimed, the survey trigger's one query, COMMIT.
    expect(await deliverCounting(worker, 1)).toBeLessThanOrEqual(5);

    for (const voter of voters)
      for (const idea of ideas) if (!(voter === voters[1] && idea === ideas[0])) await vote(voter, idea);
    // 49 more votes wait for the worker: they are delivered together.
    const batch = await deliverCounting(worker, 49);
    expect(batch / 49).toBeLessThanOrEqual(5);
    expect(batch).toBeLessThanOrEqual(49);
  });
});
