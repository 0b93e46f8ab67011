import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting Cocreate reads from the environment, with its default. */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  COCREATE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Without DATABASE_URL: `embedded` runs Cocreate's own PostgreSQL server from the npm binary
   * package (PGlite where none is installed); `pglite` forces PGlite.
   */
  COCREATE_DB: z.enum(['embedded', 'pglite']).default('embedded'),
  /** When Cocreate runs as root: the existing unprivileged user the embedded PostgreSQL server runs as. */
  COCREATE_DB_USER: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Cocreate <no-reply@localhost>'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  TRUST_PROXY: booleanFlag.default(false),
  EVENT_POLL_MS: z.coerce.number().int().min(10).default(1000),
  JOB_POLL_MS: z.coerce.number().int().min(10).default(1000),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  COCREATE_BENCH_ROUTES: booleanFlag.default(false),
  /** Memory for cached public reads (idea lists, roadmap, changelog, idea pages, survey definitions); 0: no cache. */
  HOT_READ_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** The longest a cached public read is served, changed or not: its time-dependent figures (trending) age. */
  HOT_READ_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export type Config = z.output<typeof ConfigSchema> & { dataDir: string; publicUrl: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration once. Throws a ConfigError naming every bad variable
 * and what it expects; main.ts prints it and exits.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}=${JSON.stringify(present[name] ?? '')}: expected ${describe(issue)}`;
      }),
    );
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(c.COCREATE_DATA_DIR),
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
  };
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      return `a value of at most ${String(issue.maximum)}`;
    case 'invalid_type':
      return `a ${issue.expected}`;
    default:
      return issue.message;
  }
}
