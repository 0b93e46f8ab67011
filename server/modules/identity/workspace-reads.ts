import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../platform/db/index.js';
import type { BusinessHoursSchema } from './schemas.js';

// Reads of the workspace for the other modules: they take the database or the caller's
// transaction, and throw for an id that is not a workspace (callers hold one from the actor,
// an event or their own rows).

type Reader = Kysely<Database>;

/** How the workspace presents itself: in mail signatures, macros and the language it falls back to. */
export interface WorkspaceProfile {
  id: string;
  slug: string;
  name: string;
  /** The language of people who chose none. */
  defaultLocale: string;
  logoUrl: string | null;
}

/** The workspace's clock: the zone its days and deadlines are counted in, and its opening hours. */
export interface WorkspaceClock {
  /** An IANA time zone, e.g. Asia/Shanghai. */
  timeZone: string;
  /** Opening hours per weekday, as the workspace settings saved them. */
  businessHours: z.infer<typeof BusinessHoursSchema>;
}

export async function workspaceProfile(db: Reader, workspaceId: string): Promise<WorkspaceProfile> {
  const w = await db
    .selectFrom('workspaces')
    .select(['id', 'slug', 'name', 'default_locale', 'logo_url'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { id: w.id, slug: w.slug, name: w.name, defaultLocale: w.default_locale, logoUrl: w.logo_url };
}

export async function workspaceClock(db: Reader, workspaceId: string): Promise<WorkspaceClock> {
  const w = await db
    .selectFrom('workspaces')
    .select(['time_zone', 'business_hours'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { timeZone: w.time_zone, businessHours: w.business_hours as z.infer<typeof BusinessHoursSchema> };
}
