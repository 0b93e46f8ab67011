import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../platform/config.js';
import type { CocreateModule } from '../platform/module.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    COCREATE_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-test-')),
    ...overrides,
  });
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** The real application on a fresh test database, driven with app.inject. */
export async function createTestApp(
  modules: readonly CocreateModule[],
  overrides: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, modules, webRoot: '/nonexistent' });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
