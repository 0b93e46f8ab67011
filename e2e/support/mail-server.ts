// The e2e run's mail server: accepts every message over plain SMTP and stores it as JSON
// ({ to, subject, text }) in e2e/artifacts/mail/, where tests read it with waitForMail().
// Started by playwright.config.ts as the first webServer, so it listens before the app starts.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MAIL_DIR, SMTP_PORT } from './mail-config.js';

rmSync(MAIL_DIR, { recursive: true, force: true });
mkdirSync(MAIL_DIR, { recursive: true });

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received += 1;
        const message = {
          to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          receivedAt: new Date().toISOString(),
        };
        const name = `${String(received).padStart(4, '0')}-${Date.now()}.json`;
        // Written aside and renamed, so a reader never sees half a file.
        const temporary = path.join(MAIL_DIR, `.${name}`);
        writeFileSync(temporary, JSON.stringify(message, null, 2));
        renameSync(temporary, path.join(MAIL_DIR, name));
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});

server.on('error', (error) => console.error('e2e mail server:', error));
server.listen(SMTP_PORT, '127.0.0.1', () => console.log(`e2e mail server listening on smtp://127.0.0.1:${SMTP_PORT}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
