import path from 'node:path';

/** The e2e mail server's port (3125 unless E2E_SMTP_PORT says otherwise); the app gets SMTP_URL=smtp://127.0.0.1:<port>. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);

/** Where the e2e mail server stores each message as JSON (a run on another port keeps its own folder). */
export const MAIL_DIR = path.join(
  import.meta.dirname,
  '..',
  'artifacts',
  SMTP_PORT === 3125 ? 'mail' : `mail-${SMTP_PORT}`,
);
