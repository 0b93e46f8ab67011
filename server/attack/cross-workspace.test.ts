// Workspace B's people, keys and visitors aim at workspace A's content: its ids in every path,
// in the query strings and bodies of B's routes. Nothing of A may come back or change.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { routeAccessTables } from '../modules/identity/index.js';
import { modules } from '../modules/index.js';
import { createTestApp } from '../test-support/app.js';
import { inject, PASSWORD, setUpWorkspace, signIn, type Session } from '../test-support/identity.js';
import type { MatrixActor } from '../test-support/actors.js';
import { mayCall, workspaceCallers } from './support/callers.js';
import { fieldsOf, withValueAt } from './support/json-schema.js';
import { answerFaults, describeSent, fillPath, loadOperations, type Operation } from './support/operations.js';
import { idsOf, pathIdsFor, seedWorkspaceContent, type WorkspaceContent } from './support/seed-content.js';
import { sensibleBody } from './support/sensible-bodies.js';
import { snapshotChanges, snapshotWorkspace } from './support/snapshot.js';
import { sampleOne, seedOf, validValue } from './support/arbitraries.js';

const t = await createTestApp(modules);
afterAll(() => t.close());
const db = t.database.db;

const ownerA = await setUpWorkspace(t.app, 'alpha');
const created = await inject(t.app, ownerA, {
  method: 'POST',
  url: '/api/v1/workspaces',
  payload: { name: 'Beta 品牌', slug: 'beta' },
});
if (created.statusCode !== 201) throw new Error(created.body);
const signedIn = await signIn(t.app, 'owner@alpha.example', PASSWORD, 'beta');
const ownerB: Session = {
  cookie: `cocreate_session=${signedIn.cookies.find((c) => c.name === 'cocreate_session')!.value}`,
  userId: signedIn.json().user.id,
  workspaceId: created.json().id,
};
const A = await seedWorkspaceContent(t.app, db, ownerA, 'alpha');
const B = await seedWorkspaceContent(t.app, db, ownerB, 'beta');
const callersB = await workspaceCallers(t.app, db, B);
const accessOf = new Map((routeAccessTables.get(t.app) ?? []).map((r) => [`${r.method} ${r.url}`, r.access!]));
const operations = (await loadOperations(t.app)).filter((op) => accessOf.has(`${op.method} ${op.url}`));
const before = await snapshotWorkspace(db, A.workspaceId);

/** What of A's must never reach B: its ids and the text of its content. */
const secretsOfA = [
  ...idsOf(A),
  'alpha 静音模式',
  'alpha 同意',
  'alpha 洗衣机漏水',
  'alpha 太慢了',
  'alpha 零部件',
  'alpha 致歉',
  'alpha 空调组',
  'alpha CRM',
  'invitee@alpha',
  'author@alpha',
];
const leaksIn = (text: string) => secretsOfA.filter((s) => text.includes(s));

const send = async (caller: MatrixActor, options: InjectOptions) =>
  t.app.inject({ ...options, headers: { ...(await caller.headers()), ...(options.headers ?? {}) } });
const line = (caller: MatrixActor, method: string, url: string, payload: unknown, res: LightMyRequestResponse) =>
  `${method} ${url} as ${caller.label} sent ${describeSent(payload)} → ${res.statusCode} ${res.body.slice(0, 200)}`;

/** One of B's callers that may call the route, preferring the customer who owns B's case for the portal's own routes. */
const callerFor = (op: Operation) =>
  callersB.find(
    (c) =>
      (op.url.startsWith('/api/v1/my/') ? c.label === 'beta:customer' : c.label === 'beta:owner') &&
      mayCall(c.actor, accessOf.get(`${op.method} ${op.url}`)!),
  ) ?? callersB.find((c) => c.actor.kind === 'user' && mayCall(c.actor, accessOf.get(`${op.method} ${op.url}`)!));

/** A's id of the kind a query parameter or body field names, if it names one. */
function foreignId(name: string, url: string): string | undefined {
  if (/^(customerIds?|memberIds|userId)$/.test(name)) return A.customer.userId;
  if (/^assignee(Id)?$/.test(name)) return A.agent.userId;
  if (/^(intoId|ideaId)$/.test(name)) return A.ideaId;
  if (/^board(Id)?$/.test(name)) return A.boardId;
  if (name === 'parentId') return url.includes('root-causes') ? A.rootCauseId : A.commentId;
  if (/^(fileIds|imageIds)$/.test(name)) return A.fileId;
  if (name === 'teamId') return A.teamId;
  if (name === 'rootCauseId') return A.rootCauseId;
  if (/^(intoCaseId|caseId)$/.test(name)) return A.caseId;
  if (name === 'surveyId') return A.surveyId;
  if (name === 'workspaceId') return A.workspaceId;
  if (name === 'macroId') return A.macroId;
  return undefined;
}

/**
 * The operation's required query parameters, filled from their schemas, with the respondent's
 * token of the workspace whose ids are in the path: even a stolen token must not open A's response.
 */
function requiredQuery(op: Operation, tokenOf: WorkspaceContent): Record<string, string> {
  const seed = seedOf(`${op.method} ${op.url}`);
  return Object.fromEntries(
    op.query
      .filter((q) => q.required)
      .map((q) => [q.name, q.name === 'token' ? tokenOf.responseToken : String(sampleOne(validValue(q.schema), seed))]),
  );
}
const withQuery = (url: string, query: Record<string, string>) =>
  Object.keys(query).length ? `${url}?${new URLSearchParams(query)}` : url;

const withParams = operations.filter((op) => op.params.length > 0);
const lists = operations.filter((op) => op.method === 'GET' && op.params.length === 0);

describe("another workspace's callers and A's ids", () => {
  it('knows ids for every route with a path parameter, and B sees its own through them', async () => {
    expect(withParams.length).toBeGreaterThan(40);
    expect(withParams.filter((op) => !pathIdsFor(op.url, A)).map((op) => `${op.method} ${op.url}`)).toEqual([]);
    // The control: the same GET routes with B's own ids find something, so A's 404s below mean isolation.
    const missing: string[] = [];
    for (const op of withParams.filter((o) => o.method === 'GET')) {
      const caller = callerFor(op)!;
      const url = withQuery(
        fillPath(op.url, (n) => pathIdsFor(op.url, B)![n]!),
        requiredQuery(op, B),
      );
      const res = await send(caller, { url });
      if (res.statusCode === 404) missing.push(line(caller, op.method, url, undefined, res));
    }
    expect(missing).toEqual([]);
  });

  it("answers every route with A's ids in its path, as each of B's callers, with a 401/403/404 problem", async () => {
    const faults: string[] = [];
    let notFound = 0;
    for (const op of withParams) {
      const url = withQuery(
        fillPath(op.url, (n) => encodeURIComponent(pathIdsFor(op.url, A)![n]!)),
        requiredQuery(op, A),
      );
      const body = op.method === 'GET' ? undefined : sensibleBody(op, B);
      const payload = body && typeof body === 'object' && 'token' in body ? { ...body, token: A.responseToken } : body;
      for (const caller of callersB) {
        const res = await send(caller, {
          method: op.method,
          url,
          ...(payload === undefined ? {} : { payload: payload as object }),
        });
        const problems = answerFaults(res);
        if (![401, 403, 404].includes(res.statusCode)) problems.push(`expected 401/403/404, got ${res.statusCode}`);
        if (res.statusCode === 404) notFound++;
        if (res.statusCode < 300 && leaksIn(res.body).length)
          problems.push(`answered with A's ${leaksIn(res.body).join(', ')}`);
        for (const p of problems) faults.push(`${p} — ${line(caller, op.method, url, payload, res)}`);
      }
    }
    expect(faults).toEqual([]);
    // Most routes let some of B's callers in, so their lookups (not only their rules) answered.
    expect(notFound).toBeGreaterThan(withParams.length * 2);
  }, 120_000);

  it("lists nothing of A's to any of B's callers, even when a query names A's ids", async () => {
    const faults: string[] = [];
    const seenOfB = new Set<string>();
    for (const op of lists) {
      const required = requiredQuery(op, B);
      const naming = Object.fromEntries(
        op.query.flatMap((q) => {
          const id = foreignId(q.name, op.url);
          return id ? [[q.name, id]] : [];
        }),
      );
      const queries = [
        required,
        ...(Object.keys(naming).length
          ? [
              { ...required, ...naming },
              { ...required, ...naming, ...(naming.board ? { board: A.boardSlug } : {}) },
            ]
          : []),
      ];
      for (const query of queries) {
        const url = withQuery(op.url, query);
        for (const caller of callersB) {
          const res = await send(caller, { url });
          const problems = answerFaults(res);
          if (res.statusCode < 300 && leaksIn(res.body).length)
            problems.push(`listed A's ${leaksIn(res.body).join(', ')}`);
          if (res.statusCode < 300) for (const id of idsOf(B)) if (res.body.includes(id)) seenOfB.add(id);
          for (const p of problems) faults.push(`${p} — ${line(caller, 'GET', url, undefined, res)}`);
        }
      }
    }
    expect(faults).toEqual([]);
    // The lists do work for B: they show B's own content.
    const expected = {
      ideaId: B.ideaId,
      boardId: B.boardId,
      surveyId: B.surveyId,
      caseId: B.caseId,
      memberId: B.memberId,
      invitationId: B.invitationId,
      apiKeyId: B.apiKeyId,
      notificationId: B.notificationId,
      followupId: B.followupId,
    };
    expect(
      Object.entries(expected)
        .filter(([, id]) => !seenOfB.has(id))
        .map(([name]) => name),
    ).toEqual([]);
  }, 120_000);

  it("does not let ids of A's in the bodies of B's writes reach A's content", async () => {
    const faults: string[] = [];
    let tried = 0;
    for (const op of operations.filter((o) => o.method !== 'GET' && o.body)) {
      const caller = callerFor(op);
      const own = pathIdsFor(op.url, B);
      if (!caller || (op.params.length > 0 && !own)) continue;
      const url = fillPath(op.url, (n) => own![n]!);
      for (const field of fieldsOf(op.body!)) {
        const name = String(field.path[field.path.length - 1]);
        const id = foreignId(name, op.url);
        if (!id) continue;
        const value = field.schema.type === 'array' ? [id] : id;
        const payload = withValueAt(sensibleBody(op, B), field.path, value);
        const res = await send(caller, { method: op.method, url, payload: payload as object });
        tried++;
        const problems = answerFaults(res);
        if (res.statusCode < 300 && leaksIn(res.body).length)
          problems.push(`accepted A's ${leaksIn(res.body).join(', ')}`);
        for (const p of problems) faults.push(`${p} — ${line(caller, op.method, url, payload, res)}`);
      }
    }
    expect(tried).toBeGreaterThan(15);
    expect(faults).toEqual([]);
  }, 120_000);

  it("leaves every row of A's as it was", async () => {
    expect(snapshotChanges(before, await snapshotWorkspace(db, A.workspaceId))).toEqual([]);
  });
});
