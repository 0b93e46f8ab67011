import type { Migration } from 'kysely';
import * as platform from './0001-platform.js';

/** Every migration, applied in name order. Add new ones at the end; never edit an applied one. */
export const migrations: Record<string, Migration> = {
  '0001-platform': platform,
};
