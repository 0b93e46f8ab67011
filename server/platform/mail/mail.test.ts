import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../test-support/app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestSmtp, type TestSmtp } from '../../test-support/smtp.js';
import { workerContext } from '../../test-support/worker.js';
import { withTransaction } from '../db/index.js';
import { JobWorker } from '../jobs/index.js';
import { mailJob, queueMail } from './index.js';

let database: TestDatabase;
let smtp: TestSmtp;
beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startTestSmtp()]);
});
afterAll(async () => {
  await database.close();
  await smtp.close();
});

describe('mail', () => {
  it('sends queued mail through a real SMTP exchange, Chinese intact', async () => {
    const config = testConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Cocreate <noreply@brand.example>' });
    const worker = new JobWorker(workerContext(database.db, config), [mailJob(config, pino({ level: 'silent' }))], {
      pollMs: 50,
      concurrency: 1,
    });
    await withTransaction(database.db, (tx) =>
      queueMail(tx, {
        to: 'lin@example.com',
        subject: '您的工单已受理 CC-1024',
        text: '感谢您的反馈，我们将在 24 小时内回复。',
        headers: { 'List-Unsubscribe': '<https://brand.example/u/1>' },
      }),
    );
    await worker.runOnce();
    const [mail] = await smtp.waitFor(1);
    expect(mail?.subject).toBe('您的工单已受理 CC-1024');
    expect(mail?.text?.trim()).toBe('感谢您的反馈，我们将在 24 小时内回复。');
    expect(mail?.from?.text).toContain('noreply@brand.example');
    expect(mail?.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toContain('https://brand.example/u/1');
  });

  it('retries when the SMTP server is unreachable instead of losing the mail', async () => {
    const config = testConfig({ SMTP_URL: 'smtp://127.0.0.1:1' });
    const worker = new JobWorker(workerContext(database.db, config), [mailJob(config, pino({ level: 'silent' }))], {
      pollMs: 50,
      concurrency: 1,
    });
    const id = await queueMail(database.db, { to: 'a@example.com', subject: 's', text: 't' });
    await worker.runOnce();
    const row = await database.db
      .selectFrom('platform_jobs')
      .selectAll()
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
  });
});
