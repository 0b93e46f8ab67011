import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from './modules/index.js';
import { newId } from './platform/ids.js';
import { idempotencySweepJob, idempotencySweepSchedule } from './platform/http/idempotency/sweep.js';
import { createTestApp, type TestApp } from './test-support/app.js';
import { as, createStaff, setUpWorkspace, type Session } from './test-support/identity.js';
import { multipartFile } from './test-support/multipart.js';
import { createOpenSurvey, sampleSurvey } from './test-support/surveys.js';
import { workerContext } from './test-support/worker.js';

// Idempotency-Key on POST (platform/http/idempotency), on the real routes and database.
let t: TestApp;
let owner: Session;
let agent: Session;
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'retries');
  agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'retries', 'agent');
});
afterAll(() => t.close());

const caseBody = (subject: string) => ({
  type: 'complaint',
  subject,
  description: '冰箱不制冷',
  customer: { email: 'wang@example.com', name: '王芳' },
});
const fileCase = (session: Session, key: string | undefined, body: object) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: { ...as(session), ...(key === undefined ? {} : { 'idempotency-key': key }) },
    payload: body,
  });
const casesWithSubject = async (subject: string) =>
  (
    await t.database.db
      .selectFrom('cases')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('workspace_id', '=', owner.workspaceId)
      .where('subject', '=', subject)
      .executeTakeFirstOrThrow()
  ).n;

describe('a POST with an Idempotency-Key', () => {
  it('replays the first answer to a retry with the same body, marked Idempotent-Replayed, with one effect', async () => {
    const key = newId();
    const subject = `retry ${key}`;
    const first = await fileCase(owner, key, caseBody(subject));
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await fileCase(owner, key, caseBody(subject));
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(first.headers.location).toBe(`/api/v1/cases/${first.json().id}`);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    expect(await casesWithSubject(subject)).toBe(1);
  });

  it('refuses the same key with another body (422), and keeps keys apart per caller', async () => {
    const key = newId();
    expect((await fileCase(owner, key, caseBody(`a ${key}`))).statusCode).toBe(201);
    const other = await fileCase(owner, key, caseBody(`b ${key}`));
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_key_reused', status: 422 });
    expect(await casesWithSubject(`b ${key}`)).toBe(0);
    // Another caller's key of the same spelling is another key.
    const agents = await fileCase(agent, key, caseBody(`a ${key}`));
    expect(agents.statusCode).toBe(201);
    expect(agents.headers['idempotent-replayed']).toBeUndefined();
    expect(await casesWithSubject(`a ${key}`)).toBe(2);
  });

  it('has exactly one effect when five identical requests arrive at once', async () => {
    const key = newId();
    const subject = `burst ${key}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => fileCase(owner, key, caseBody(subject))));
    expect(await casesWithSubject(subject)).toBe(1);
    const created = answers.filter((a) => a.statusCode === 201);
    const waited = answers.filter((a) => a.statusCode === 409);
    expect(created.length + waited.length).toBe(5);
    expect(created.filter((a) => a.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    for (const a of created) expect(a.json().id).toBe(created[0]!.json().id);
    for (const a of waited) expect(a.json().code).toBe('idempotency_request_in_progress');
  });

  it('replays a refusal from the handler too, but not one from validation', async () => {
    const key = newId();
    const url = `/api/v1/cases/${newId()}/messages`;
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url, headers: { ...as(owner), 'idempotency-key': key }, payload });
    const body = { body: 'hello' };
    const invalid = await post({ body: '' });
    expect(invalid.statusCode).toBe(400);
    const missing = await post(body);
    expect(missing.statusCode).toBe(404);
    const replayed = await post(body);
    expect(replayed.statusCode).toBe(404);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.headers['content-type']).toContain('application/problem+json');
  });

  it("keeps nothing for anonymous callers: one address is many people, so none gets another's answer", async () => {
    // Two respondents behind one proxy (or NAT) come from one address; had their keys met, the
    // second would have been handed the first's response token.
    const survey = await createOpenSurvey(t.app, owner, sampleSurvey(`anon-${newId().slice(-8)}`));
    const start = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/s/${survey.slug}/responses`,
        headers: { ...as(null), 'idempotency-key': 'start-response' },
        payload: {},
      });
    const first = await start();
    const second = await start();
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.json().token).not.toBe(first.json().token);
    // The key is still checked, so that a client's mistake shows whoever calls.
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/s/${survey.slug}/responses`,
      headers: { ...as(null), 'idempotency-key': 'é' },
      payload: {},
    });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps nothing for an upload, however its media type is spelt (the body is read after any claim)', async () => {
    const key = newId();
    const ids: string[] = [];
    for (const [spelling, colour] of [
      ['multipart/form-data', '#3366cc'],
      ['Multipart/Form-Data', '#cc3366'],
      ['MULTIPART/form-data', '#33cc66'],
    ] as const) {
      const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: colour } })
        .png()
        .toBuffer();
      const body = multipartFile('file', 'photo.png', 'image/png', image);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/files?purpose=case_photo',
        headers: {
          ...as(owner),
          'idempotency-key': key,
          'content-type': body.headers['content-type'].replace('multipart/form-data', spelling),
        },
        payload: body.payload,
      });
      expect(res.statusCode, spelling).toBe(201);
      expect(res.headers['idempotent-replayed'], spelling).toBeUndefined();
      ids.push(res.json().id);
    }
    expect(new Set(ids).size).toBe(3);
  });

  it('refuses a key that is not 1 to 255 visible ASCII characters', async () => {
    for (const key of ['', 'x'.repeat(256), 'é']) {
      const res = await fileCase(owner, key, caseBody('bad key'));
      expect(res.statusCode, JSON.stringify(key)).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'headers.idempotency-key', message: expect.any(String) }]);
    }
    expect(await casesWithSubject('bad key')).toBe(0);
  });

  it('keeps the answer only sealed with the key, and the daily sweep deletes keys past their 24 hours', async () => {
    const key = newId();
    const created = await fileCase(owner, key, caseBody(`sealed ${key}`));
    const db = t.database.db;
    const rows = await db
      .selectFrom('platform_idempotency_keys')
      .select(['key_hash', 'caller', sql<string>`encode(response_body, 'escape')`.as('body')])
      .where('workspace_id', '=', owner.workspaceId)
      .execute();
    expect(rows.some((r) => r.key_hash.includes(key))).toBe(false);
    expect(rows.some((r) => r.body.includes(created.json().id))).toBe(false);

    const owners = rows.filter((r) => r.caller === `user:${owner.userId}`).length;
    await db
      .updateTable('platform_idempotency_keys')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('workspace_id', '=', owner.workspaceId)
      .where('caller', '=', `user:${owner.userId}`)
      .execute();
    expect(idempotencySweepSchedule).toMatchObject({ cron: '17 3 * * *', jobName: idempotencySweepJob.name });
    await idempotencySweepJob.handle({}, { ...workerContext(db, t.config), jobId: newId(), attempt: 1 });
    const left = await db.selectFrom('platform_idempotency_keys').select('caller').execute();
    expect(left.length).toBe(rows.length - owners);
    expect(owners).toBeGreaterThan(0);
    expect(left.every((r) => r.caller === `user:${agent.userId}`)).toBe(true);
    // A key past its time is a new key again.
    const reused = await fileCase(owner, key, caseBody(`sealed ${key}`));
    expect(reused.headers['idempotent-replayed']).toBeUndefined();
    expect(await casesWithSubject(`sealed ${key}`)).toBe(2);
  });

  it('is documented on every POST as a reusable header parameter', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.components.parameters.IdempotencyKey).toMatchObject({ in: 'header', name: 'Idempotency-Key' });
    for (const [path, item] of Object.entries<Record<string, { parameters?: { $ref?: string }[] }>>(doc.paths)) {
      if (!item.post || path === '/api/v1/files') continue;
      expect(item.post.parameters, path).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
    }
  });
});
