export { openDatabase, type Db, type DatabaseHandle, type OpenDatabaseOptions } from './open-database.js';
export { migrateToLatest } from './migrate.js';
export { withTransaction, afterCommit, type Tx } from './transaction.js';
export type { Database, Json } from './schema.js';
export { statementCounts } from './statement-count.js';
