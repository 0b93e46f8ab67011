// One database's run, in the same order on both: seed through the API, stop the server, seed rows
// and take each scenario's database limit from this process (PGlite allows one process per data
// directory), then start the server again for the HTTP limit and the scenarios.
import { openDatabase } from '../../dist/server/platform/db/index.js';
import { measureDb } from './db-loop.mjs';
import { measureHttp } from './http-load.mjs';
import { SEED, seedRows, seedThroughApi } from './seed.mjs';
import { startServer } from './server.mjs';
import { countStatements, scrapeCost } from './statements.mjs';

const ratio = (a, b) => (a?.rps && b?.rps ? Number((a.rps / b.rps).toFixed(3)) : null);
const NOOP = '/api/v1/_bench/noop';

// One broken scenario must not cost the others their numbers: its failure is recorded instead.
async function attempt(log, label, work) {
  try {
    return await work();
  } catch (err) {
    log(`${label} FAILED: ${err.message}`);
    return { error: String(err.message).slice(0, 300) };
  }
}

// The database-limit loops record events and enqueue jobs like the routes do. Left in place, the
// restarted server's worker would spend the HTTP measurements delivering that backlog.
async function outboxMark(pool) {
  const { rows } = await pool.query('select coalesce(max(id), 0) as event, now() as at from platform_events');
  return rows[0];
}

async function dropSince(pool, mark) {
  await pool.query('delete from platform_events where id > $1', [mark.event]);
  await pool.query('delete from platform_jobs where created_at >= $1', [mark.at]);
}

/**
 * `target` is { db: 'pglite' | 'postgres', serverEnv, openOptions (for openDatabase), poolSize, nodeArgs }.
 * Returns the result object written to bench/results/<db>-latest.json.
 */
export async function runDatabase(target, scenarios, load) {
  const log = (msg) => console.log(`[${target.db}] ${msg}`);
  let ctx;
  const seeding = await startServer(target.serverEnv);
  try {
    ctx = await seedThroughApi(seeding.url);
  } finally {
    await seeding.stop();
  }

  const dbLimits = {};
  const unseeded = {};
  const handle = await openDatabase(target.openOptions);
  let version;
  try {
    log(`seeding ${SEED.staff} staff and ${SEED.customers} customers`);
    ctx.writers = await seedRows(handle.pool, ctx);
    for (const s of scenarios.filter((x) => x.seed)) {
      // A scenario whose data cannot be made is not measured at all.
      const seeded = await attempt(log, `${s.name} seed`, () => s.seed(handle.pool, ctx));
      if (seeded?.error) unseeded[s.name] = seeded.error;
    }
    version = (await handle.pool.query('show server_version')).rows[0].server_version;
    const mark = await outboxMark(handle.pool);
    for (const s of scenarios) {
      if (unseeded[s.name]) {
        dbLimits[s.name] = { error: `seed: ${unseeded[s.name]}` };
        continue;
      }
      log(`${s.name}: database limit`);
      dbLimits[s.name] = await attempt(log, s.name, () => measureDb(() => s.dbBaseline(handle.pool, ctx), load));
    }
    await dropSince(handle.pool, mark);
  } finally {
    await handle.close();
  }

  const scenarioResults = {};
  const measure = async (server, httpLimit, list, suffix = '') => {
    const cost = await scrapeCost(server.url);
    for (const s of list) {
      const name = `${s.name}${suffix}`;
      const dbLimit = dbLimits[s.name];
      if (!unseeded[s.name]) log(`${name}: over HTTP`);
      let http = dbLimit;
      let statements = null;
      if (!unseeded[s.name]) {
        statements = await attempt(log, `${name} statements`, () =>
          countStatements(server.url, cost, async () => {
            http = await attempt(log, name, () => measureHttp(server.url, s.requests(ctx), load));
            return http.answered ?? 1;
          }),
        );
      }
      scenarioResults[name] = {
        description: s.description ?? '',
        targets: suffix ? {} : (s.targets ?? {}),
        http,
        statements,
        dbLimit,
        ofHttpLimit: ratio(http, httpLimit),
        ofDbLimit: ratio(http, dbLimit),
      };
    }
  };

  let httpLimit;
  let server = await startServer(target.serverEnv, target.nodeArgs);
  try {
    // The HTTP limit: the same server, plugins and hooks, with no work behind the route.
    log(`HTTP limit (GET ${NOOP})`);
    httpLimit = { path: NOOP, ...(await measureHttp(server.url, [{ method: 'GET', path: NOOP }], load)) };
    await measure(server, httpLimit, scenarios);
  } finally {
    await server.stop();
  }
  // Hot reads again with the in-process cache turned off: what the cache is worth.
  const hot = scenarios.filter((s) => s.hotRead && !unseeded[s.name]);
  if (hot.length > 0) {
    server = await startServer({ ...target.serverEnv, HOT_READ_CACHE_MB: '0' }, target.nodeArgs);
    try {
      await measure(server, httpLimit, hot, ' (no cache)');
    } finally {
      await server.stop();
    }
  }
  return {
    db: target.db,
    databaseVersion: version,
    poolSize: target.poolSize,
    seed: SEED,
    httpLimit,
    scenarios: scenarioResults,
  };
}
