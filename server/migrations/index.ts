import type { Migration } from 'kysely';
import * as platform from './0001-platform.js';
import * as identity from './0002-identity.js';

/** Every migration, applied in name order. Add new ones at the end; never edit an applied one. */
export const migrations: Record<string, Migration> = {
  '0001-platform': platform,
  '0002-identity': identity,
};
