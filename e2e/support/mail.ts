import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MAIL_DIR } from './mail-config.js';

export interface StoredMail {
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

function readAll(): StoredMail[] {
  let names: string[];
  try {
    names = readdirSync(MAIL_DIR);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(MAIL_DIR, name), 'utf8')) as StoredMail);
}

/**
 * Waits for the newest message to `to` whose subject matches, as stored by the e2e mail server.
 * Pass `after` (a Date) to ignore mail that arrived before an action.
 */
export async function waitForMail(
  to: string,
  subject: RegExp,
  { timeout = 20_000, after }: { timeout?: number; after?: Date } = {},
): Promise<StoredMail> {
  const deadline = Date.now() + timeout;
  const address = to.toLowerCase();
  for (;;) {
    const match = readAll()
      .reverse()
      .find(
        (mail) =>
          mail.to.includes(address) && subject.test(mail.subject) && (!after || new Date(mail.receivedAt) >= after),
      );
    if (match) return match;
    if (Date.now() > deadline) {
      const seen = readAll().map((mail) => `${mail.to.join(',')}: ${mail.subject}`);
      throw new Error(
        `No mail to ${to} matching ${subject} within ${timeout} ms. Mail so far:\n${seen.join('\n') || '(none)'}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in a mail's text that starts with `prefix` (e.g. the app's base URL). */
export function linkIn(mail: StoredMail, prefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!link) throw new Error(`No link starting with ${prefix} in mail "${mail.subject}":\n${mail.text}`);
  return link;
}
