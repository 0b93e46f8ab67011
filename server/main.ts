import { ConfigError, loadConfig } from './platform/config.js';
import { AppError } from './platform/errors.js';
import { modules } from './modules/index.js';
import { startRuntime, type Role } from './runtime.js';

function parseRoles(argv: string[]): Role[] {
  const arg = argv.find((a) => a.startsWith('--role='));
  if (!arg) return ['web', 'worker'];
  const roles = arg.slice('--role='.length).split(',');
  for (const r of roles) {
    if (r !== 'web' && r !== 'worker') {
      console.error(`Unknown role "${r}": use --role=web, --role=worker or --role=web,worker`);
      process.exit(2);
    }
  }
  return roles as Role[];
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const roles = parseRoles(process.argv.slice(2));
  // SIGINT and SIGTERM are handled from the very start: one that arrives while Cocreate is still
  // starting (creating the embedded server's cluster, migrating) lets the start finish and then
  // stops what it started — the embedded PostgreSQL server included — instead of leaving it behind.
  const starting = startRuntime(config, modules, roles);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    // A start that fails has undone itself; main() reports why and exits.
    const runtime = await starting.catch(() => undefined);
    if (!runtime) return;
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const runtime = await starting;
  if (stopping) return;
  const where = runtime.database.summary ?? (config.DATABASE_URL ? 'PostgreSQL' : `database in ${config.dataDir}`);
  // The port actually bound, which differs from PORT when PORT=0 asks for any free one.
  const address = runtime.app?.server.address();
  const port = address && typeof address === 'object' ? address.port : config.PORT;
  console.log(
    `Cocreate ${roles.join('+')} running${runtime.app ? ` on http://${config.HOST}:${port}` : ''} (${where})`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof AppError) console.error(`Cocreate cannot start: ${err.detail}`);
  else console.error('Cocreate cannot start:', err);
  process.exit(1);
});
