// Fuzzes every write route of the OpenAPI document as the callers that may call it and as a
// couple that may not: whatever arrives, the answer is never a 5xx, every 4xx is problem+json
// with a code, and a validation error names the field. Deterministic: fixed fast-check seeds.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { routeAccessTables, type Access } from '../modules/identity/index.js';
import { modules } from '../modules/index.js';
import { matrixActors, type MatrixActor } from '../test-support/actors.js';
import { createTestApp } from '../test-support/app.js';
import { mayCall } from './support/callers.js';
import { fuzzCases, type FuzzCase } from './support/fuzz-cases.js';
import {
  answerFaults,
  describeSent,
  isWrite,
  loadOperations,
  namedFields,
  type Operation,
} from './support/operations.js';
import { pathIdsFor, seedWorkspaceContent } from './support/seed-content.js';

const t = await createTestApp(modules);
afterAll(() => t.close());
const { actors, owner } = await matrixActors(t.app, t.database.db);
const content = await seedWorkspaceContent(t.app, t.database.db, owner, 'home');
const accessOf = new Map((routeAccessTables.get(t.app) ?? []).map((r) => [`${r.method} ${r.url}`, r.access]));
const operations = (await loadOperations(t.app)).filter(isWrite);

// Fresh credentials after anything that may end a session (sign-out, password, switching workspace).
const cachedHeaders = new Map<string, Record<string, string>>();
async function headersOf(caller: MatrixActor, url: string): Promise<Record<string, string>> {
  let headers = cachedHeaders.get(caller.label);
  if (!headers) cachedHeaders.set(caller.label, (headers = await caller.headers()));
  if (/\/(auth|me)\b/.test(url)) cachedHeaders.delete(caller.label);
  return headers;
}

/** The callers that may call a route, and up to two that may not (an anonymous one first). */
function callersOf(access: Access): { allowed: MatrixActor[]; refused: MatrixActor[] } {
  const allowed = actors.filter((a) => mayCall(a.actor, access));
  const refused = actors.filter((a) => !mayCall(a.actor, access));
  const picked = [
    refused.find((a) => a.actor.kind === 'anonymous'),
    refused.find((a) => a.actor.kind !== 'anonymous'),
  ].filter((a): a is MatrixActor => !!a);
  return { allowed, refused: picked };
}

async function send(op: Operation, c: FuzzCase, caller: MatrixActor): Promise<LightMyRequestResponse> {
  const headers = { ...(await headersOf(caller, c.url)), ...(c.contentType ? { 'content-type': c.contentType } : {}) };
  const payload = c.raw ?? (c.payload === undefined ? undefined : (c.payload as object));
  return t.app.inject({ method: op.method, url: c.url, headers, ...(payload === undefined ? {} : { payload }) });
}

function faultsOf(c: FuzzCase, res: LightMyRequestResponse): string[] {
  const faults = answerFaults(res);
  if (c.denied && res.statusCode < 400) faults.push(`a refused caller got ${res.statusCode}`);
  const named = namedFields(res);
  if (
    c.expectField &&
    named.length > 0 &&
    !named.some((f) => f === c.expectField || f.startsWith(`${c.expectField}.`))
  ) {
    faults.push(`validation error names ${named.join(', ')}, not ${c.expectField}`);
  }
  return faults;
}

describe('fuzzing every write route', () => {
  it('finds the write routes in the OpenAPI document, each with an access rule and known ids', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(
      operations.filter((op) => !accessOf.get(`${op.method} ${op.url}`)).map((op) => `${op.method} ${op.url}`),
    ).toEqual([]);
    expect(
      operations
        .filter((op) => op.params.length > 0 && !pathIdsFor(op.url, content))
        .map((op) => `${op.method} ${op.url}`),
    ).toEqual([]);
  });

  for (const op of operations) {
    it(`${op.method} ${op.url}`, async () => {
      const access = accessOf.get(`${op.method} ${op.url}`)!;
      const { allowed, refused } = callersOf(access);
      const cases = fuzzCases(op, pathIdsFor(op.url, content) ?? {}, refused.length > 0);
      const faults: string[] = [];
      let turn = 0;
      for (const c of cases) {
        const pool = c.denied ? refused : allowed;
        const caller = pool[turn++ % pool.length]!;
        const res = await send(op, c, caller);
        for (const fault of faultsOf(c, res)) {
          faults.push(
            `${fault} — ${op.method} ${c.url.slice(0, 120)} as ${caller.label} [${c.label}] sent ${describeSent(c.raw ?? c.payload)} → ${res.statusCode} ${res.body.slice(0, 200)}`,
          );
        }
      }
      expect(faults).toEqual([]);
    }, 120_000);
  }
});
