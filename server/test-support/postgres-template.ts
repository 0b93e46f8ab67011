// Vitest global setup: on PostgreSQL, one migrated template database per run, from which each test
// file's database is copied (`create database … template …`) instead of migrating it again.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrations } from '../migrations/index.js';
import { migrateToLatest, openDatabase } from '../platform/db/index.js';
// db.ts declares what this setup provides (vitest's ProvidedContext).
import type {} from './db.js';

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  project.provide('postgresTemplate', '');
  if (process.env.TEST_DB !== 'postgres' || !adminUrl) return undefined;
  const name = `cc_template_${process.pid}_${Date.now()}`;
  await admin(
    adminUrl,
    `create database ${name} template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'`,
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 1 });
  try {
    await migrateToLatest(database.db, migrations);
  } finally {
    await database.close();
  }
  project.provide('postgresTemplate', name);
  return () => admin(adminUrl, `drop database if exists ${name} with (force)`);
}
