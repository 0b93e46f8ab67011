import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../platform/db/index.js';
import { enqueue, JobWorker } from '../../platform/jobs/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createStaff, inject, setUpWorkspace, signUpCustomer, type Session } from '../../test-support/identity.js';
import { multipartFile } from '../../test-support/multipart.js';
import { workerContext } from '../../test-support/worker.js';
import { modules } from '../index.js';
import { claimFiles, filesModule } from './index.js';

let t: TestApp;
let owner: Session;
let alice: Session;
let bob: Session;
let jpegWithGps: Buffer;
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'files');
  alice = await signUpCustomer(t.app, 'alice@example.com');
  bob = await signUpCustomer(t.app, 'bob@example.com');
  jpegWithGps = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 4/1 0/1' } })
    .toBuffer();
});
afterAll(() => t.close());

const upload = (session: Session, data: Buffer, purpose = 'case_photo', type = 'image/jpeg') => {
  const body = multipartFile('file', 'photo.jpg', type, data);
  return inject(t.app, session, {
    method: 'POST',
    url: `/api/v1/files?purpose=${purpose}`,
    payload: body.payload,
    headers: body.headers,
  });
};

describe('uploads', () => {
  it('re-encodes images without EXIF or GPS', async () => {
    expect((await sharp(jpegWithGps).metadata()).exif).toBeDefined();
    const res = await upload(alice, jpegWithGps);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'image/jpeg', width: 64, height: 48 });
    const served = await inject(t.app, alice, { url: res.json().url });
    expect(served.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('judges files by their bytes, not their name', async () => {
    const res = await upload(alice, Buffer.from('<svg onload=alert(1)></svg>'), 'idea_image', 'image/jpeg');
    expect(res.json()).toMatchObject({ status: 415, code: 'unsupported_file_type' });
    const html = await upload(alice, Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(415);
  });

  it('shows case photos only to their uploader and staff', async () => {
    const { url } = (await upload(alice, jpegWithGps)).json();
    const agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'files', 'agent');
    expect((await inject(t.app, agent, { url })).statusCode).toBe(200);
    expect((await inject(t.app, bob, { url })).statusCode).toBe(404);
    expect((await inject(t.app, null, { url })).statusCode).toBe(404);
    const ideaImage = (await upload(alice, jpegWithGps, 'idea_image')).json();
    expect((await inject(t.app, null, { url: ideaImage.url })).statusCode).toBe(200);
  });

  it('lets only the uploader attach a file, once', async () => {
    const { id } = (await upload(alice, jpegWithGps)).json();
    const claim = (uploaderId: string) =>
      withTransaction(t.database.db, (tx) =>
        claimFiles(tx, {
          workspaceId: owner.workspaceId,
          uploaderId,
          fileIds: [id],
          attachedType: 'case',
          attachedId: owner.userId,
        }),
      );
    await expect(claim(bob.userId)).rejects.toMatchObject({ code: 'file_not_claimable' });
    expect(await claim(alice.userId)).toHaveLength(1);
    await expect(claim(alice.userId)).rejects.toMatchObject({ code: 'file_not_claimable' });
  });

  it('sweeps uploads nobody attached within a day', async () => {
    const { id } = (await upload(alice, jpegWithGps)).json();
    await sql`update files set created_at = now() - interval '2 days' where id = ${id}`.execute(t.database.db);
    const worker = new JobWorker(workerContext(t.database.db, t.config), filesModule.jobs!, {
      pollMs: 50,
      concurrency: 1,
    });
    await enqueue(t.database.db, { name: 'files.unclaimed.sweep', payload: {} });
    await worker.runOnce();
    expect((await inject(t.app, alice, { url: `/api/v1/files/${id}` })).statusCode).toBe(404);
  });

  it('refuses a request that is not multipart', async () => {
    const res = await inject(t.app, alice, {
      method: 'POST',
      url: '/api/v1/files?purpose=case_photo',
      payload: { file: 'x' },
    });
    expect(res.json().code).toBe('multipart_expected');
  });

  it('refuses a body that claims to be multipart but cannot be read', async () => {
    const res = await inject(t.app, alice, {
      method: 'POST',
      url: '/api/v1/files?purpose=case_photo',
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'not really multipart',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('malformed_multipart');
  });
});
