import type { FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db/index.js';
import type { Origin } from './audit.js';
import type { Actor } from './policies.js';

/** What every identity command receives. */
export interface CommandContext {
  db: Db;
  config: Config;
  actor: Actor;
  origin: Origin;
}

export function commandContext(request: FastifyRequest): CommandContext {
  const ua = request.headers['user-agent'];
  return {
    db: request.server.platform.db,
    config: request.server.platform.config,
    actor: request.actor,
    origin: { ip: request.ip ?? null, userAgent: typeof ua === 'string' ? ua : null },
  };
}
