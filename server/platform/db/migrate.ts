import { Migrator, type Migration, type MigrationResult } from 'kysely';
import type { Db } from './open-database.js';

/**
 * Applies every pending migration in name order. Kysely's migrator takes a lock, so several
 * processes starting at once on one PostgreSQL apply each migration once.
 */
export async function migrateToLatest(db: Db, migrations: Record<string, Migration>): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'platform_migrations',
    migrationLockTableName: 'platform_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, { cause: error });
  }
  return results ?? [];
}
