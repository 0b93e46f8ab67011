import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import type { Role, UsersTable } from './tables.js';

// Reads of people for the other modules. They take a Kysely instance (the database or the
// caller's transaction), lead with the workspace, and read a set of people in one query.

type Reader = Kysely<Database>;

/** A person of a workspace as other modules see them: their plain columns, never secrets. */
export interface Person {
  id: string;
  displayName: string;
  /** Null for customers known only by an id from the brand's site. */
  email: string | null;
  /** Their own language; null means the workspace's default. */
  locale: string | null;
  role: Role;
  status: 'active' | 'disabled';
  /** Attributes the brand's site asserted (segment, trusted, …). */
  attributes: Record<string, unknown>;
  createdAt: Date;
}

const COLUMNS = ['id', 'display_name', 'email', 'locale', 'role', 'status', 'attributes', 'created_at'] as const;

const toPerson = (u: Pick<Selectable<UsersTable>, (typeof COLUMNS)[number]>): Person => ({
  id: u.id,
  displayName: u.display_name,
  email: u.email,
  locale: u.locale,
  role: u.role,
  status: u.status,
  attributes: u.attributes ?? {},
  createdAt: u.created_at,
});

const people = (db: Reader, workspaceId: string) =>
  db.selectFrom('users').select(COLUMNS).where('workspace_id', '=', workspaceId);

type PersonJson = Omit<Pick<Selectable<UsersTable>, (typeof COLUMNS)[number]>, 'created_at'> & {
  created_at: string | Date;
};

/**
 * One person as a subquery, for a module that reads them inside a statement of its own (one
 * round trip instead of two): wrap it in `jsonObjectFrom` and read the value with `personFromJson`.
 */
export const personQuery = (db: Reader, workspaceId: string, userId: string) =>
  people(db, workspaceId).where('id', '=', userId);

/** What `jsonObjectFrom(personQuery(…))` returned, as a Person; null when there is no such person. */
export function personFromJson(row: PersonJson | null): Person | null {
  return row && toPerson({ ...row, created_at: new Date(row.created_at) });
}

/** One person of the workspace, whatever their status; undefined when the id is not one of its people. */
export async function findPerson(db: Reader, workspaceId: string, userId: string): Promise<Person | undefined> {
  const row = await people(db, workspaceId).where('id', '=', userId).executeTakeFirst();
  return row && toPerson(row);
}

/** One person the caller knows exists (a case's customer, the signed-in person); throws otherwise. */
export async function getPerson(db: Reader, workspaceId: string, userId: string): Promise<Person> {
  return toPerson(await people(db, workspaceId).where('id', '=', userId).executeTakeFirstOrThrow());
}

export interface PeopleFilter {
  /** People with one of these ids … */
  ids?: readonly string[];
  /** … or one of these email addresses (compared in lower case). */
  emails?: readonly string[];
  /** Only these roles. */
  roles?: readonly Role[];
  /** Only people whose account is active (not disabled). */
  activeOnly?: boolean;
}

/**
 * The people of the workspace matching any of the ids or emails, in one query, in no particular
 * order; ids that are not the workspace's people are simply missing. No ids and no emails: none.
 */
export async function findPeople(db: Reader, workspaceId: string, filter: PeopleFilter): Promise<Person[]> {
  const ids = [...new Set(filter.ids ?? [])];
  const emails = [...new Set((filter.emails ?? []).map((e) => e.toLowerCase()))];
  if (ids.length === 0 && emails.length === 0) return [];
  let q = people(db, workspaceId).where((eb) =>
    eb.or([
      ...(ids.length ? [eb('id', 'in', ids)] : []),
      ...(emails.length ? [eb(eb.fn('lower', ['email']), 'in', emails)] : []),
    ]),
  );
  if (filter.roles) q = q.where('role', 'in', [...filter.roles]);
  if (filter.activeOnly) q = q.where('status', '=', 'active');
  return (await q.execute()).map(toPerson);
}

/** Display names of a set of people (one query), for labels; unknown ids are missing from the map. */
export async function displayNames(
  db: Reader,
  workspaceId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const found = await findPeople(db, workspaceId, { ids: ids.filter((id): id is string => id !== null) });
  return new Map(found.map((p) => [p.id, p.displayName]));
}

/**
 * Everyone of the workspace with one of the roles (all roles when none are given), in the order
 * they joined: for demo content and fan-out to a role (e.g. mailing the supervisors).
 */
export async function listPeople(
  db: Reader,
  workspaceId: string,
  filter: Pick<PeopleFilter, 'roles' | 'activeOnly'> = {},
): Promise<Person[]> {
  let q = people(db, workspaceId);
  if (filter.roles) q = q.where('role', 'in', [...filter.roles]);
  if (filter.activeOnly) q = q.where('status', '=', 'active');
  return (await q.orderBy('created_at').execute()).map(toPerson);
}

/** Active staff with one of the roles, by name (case-insensitive), at most 500: pickers for assignment. */
export async function listStaff(db: Reader, workspaceId: string, roles: readonly Role[]): Promise<Person[]> {
  const rows = await people(db, workspaceId)
    .where('status', '=', 'active')
    .where('role', 'in', [...roles])
    .orderBy(sql`lower(display_name)`)
    .limit(500)
    .execute();
  return rows.map(toPerson);
}

/** Active customers seen (or, never seen, created) within the last `days` days. */
export async function countActiveCustomers(db: Reader, workspaceId: string, days: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'customer')
    .where('status', '=', 'active')
    .where(sql<boolean>`coalesce(last_seen_at, created_at) > now() - make_interval(days => ${days})`)
    .executeTakeFirstOrThrow();
  return row.n;
}
