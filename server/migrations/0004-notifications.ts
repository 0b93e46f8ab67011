import type { Kysely } from 'kysely';

// The notifications module's tables.
export async function up(_db: Kysely<unknown>): Promise<void> {}
