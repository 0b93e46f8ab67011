import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';

/** How a person is known for the contact budget and opt-outs. */
export interface Contact {
  userId?: string | null;
  email?: string | null;
}

export function contactKeys(contact: Contact): string[] {
  const keys: string[] = [];
  if (contact.userId) keys.push(`user:${contact.userId}`);
  if (contact.email) keys.push(`email:${contact.email.trim().toLowerCase()}`);
  return keys;
}

export type AskVerdict = 'ok' | 'opted_out' | 'contact_budget';

/**
 * Whether a person may be asked to answer a survey now: never when they opted out, and not
 * again within the cooldown (the survey's own, else the workspace's) after any survey asked them.
 */
export async function mayAsk(
  db: Kysely<Database>,
  workspaceId: string,
  contact: Contact,
  survey: { contact_cooldown_days: number | null },
): Promise<AskVerdict> {
  const keys = contactKeys(contact);
  if (keys.length === 0) return 'ok';
  const optedOut = await db
    .selectFrom('survey_opt_outs')
    .select('contact_key')
    .where('workspace_id', '=', workspaceId)
    .where('contact_key', 'in', keys)
    .executeTakeFirst();
  if (optedOut) return 'opted_out';
  const days = survey.contact_cooldown_days ?? (await workspaceCooldown(db, workspaceId));
  if (days === 0) return 'ok';
  const recent = await db
    .selectFrom('survey_contacts')
    .select('asked_at')
    .where('workspace_id', '=', workspaceId)
    .where('contact_key', 'in', keys)
    .where('asked_at', '>', sql<Date>`now() - make_interval(days => ${days})`)
    .executeTakeFirst();
  return recent ? 'contact_budget' : 'ok';
}

export async function workspaceCooldown(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('survey_settings')
    .select('contact_cooldown_days')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.contact_cooldown_days ?? 14;
}

/** Spends the budget: the person was asked now. */
export async function noteAsked(
  db: Kysely<Database>,
  workspaceId: string,
  contact: Contact,
  surveyId: string,
  channel: string,
): Promise<void> {
  const keys = contactKeys(contact);
  if (keys.length === 0) return;
  const now = new Date();
  await db
    .insertInto('survey_contacts')
    .values(
      keys.map((contact_key) => ({
        workspace_id: workspaceId,
        contact_key,
        asked_at: now,
        survey_id: surveyId,
        channel,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}
