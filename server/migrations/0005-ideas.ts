import type { Kysely } from 'kysely';

// The ideas module's tables.
export async function up(_db: Kysely<unknown>): Promise<void> {}
