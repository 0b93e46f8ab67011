import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { enqueue } from '../jobs/enqueue.js';
import type { JobDefinition } from '../jobs/types.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  workspaceId?: string | null;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export const MAIL_JOB = 'platform.mail.send';

/**
 * Queues an email. Pass the command's transaction: the mail is sent (with retries) only if the
 * change that asked for it commits.
 */
export function queueMail(db: Kysely<Database>, message: MailMessage): Promise<string | null> {
  return enqueue(db, { name: MAIL_JOB, payload: message, workspaceId: message.workspaceId ?? null, maxAttempts: 8 });
}

/**
 * The job that sends queued mail over SMTP (SMTP_URL). Without SMTP_URL the mail is written to
 * the log instead, so development needs no mail server.
 */
export function mailJob(config: Config, logger: Logger): JobDefinition<MailMessage> {
  const transport = config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    name: MAIL_JOB,
    backoffMs: 30_000,
    async handle(message) {
      const info = await transport.sendMail({
        from: config.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.headers ? { headers: message.headers } : {}),
      });
      if (!config.SMTP_URL)
        logger.info(
          { mail: { to: message.to, subject: message.subject, text: message.text } },
          'mail (SMTP_URL not set, not sent)',
        );
      else logger.debug({ messageId: info.messageId, to: message.to }, 'mail sent');
    },
  };
}
