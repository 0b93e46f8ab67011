// `npm test`: lint, typecheck, unit and integration tests on the embedded databases and on
// PostgreSQL, then the browser journeys; ends with one line "N passed, N failed" over all suites.
//
// Suites: `pglite` (every test; in-memory PGlite for the unit tests, the embedded PostgreSQL server
// for the process and durability tests), `postgres` (server/ on a throwaway PostgreSQL 18 made by
// the embedded server's own code, or on TEST_DATABASE_URL) and `postgres15` (server/ on Debian's
// PostgreSQL 15, the oldest DATABASE_URL supports, when its binaries are installed).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startThrowawayEmbeddedPostgres } from './throwaway-embedded-postgres.mjs';
import { postgresAvailable, startThrowawayPostgres } from './throwaway-postgres.mjs';

// The two PostgreSQL suites run side by side: vitest gives each one worker on 2 cores, and much of
// a worker's time is spent waiting for its server. Measured on a busy 2-core machine (load 8-16):
// alone, 11.7 min (PostgreSQL 18) and 15.9 min (PostgreSQL 15), 27.6 min one after the other;
// side by side, both done in 13.0 min. COCREATE_TEST_SERIAL=1 runs them one after the other,
// with live output.
const parallelPostgres = process.env.COCREATE_TEST_SERIAL !== '1';

const results = [];
const npx = (args, env = {}) =>
  spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function check(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

/**
 * Runs one vitest suite and records its counts and time. With `buffered`, its output is kept in
 * a file and printed when it ends, so suites running side by side do not interleave.
 */
async function vitest(name, env, filters = [], { buffered = false } = {}) {
  const out = path.join(os.tmpdir(), `cocreate-vitest-${process.pid}-${name}.json`);
  const logFile = path.join(os.tmpdir(), `cocreate-vitest-${process.pid}-${name}.log`);
  const started = Date.now();
  const log = buffered ? fs.openSync(logFile, 'w') : undefined;
  await new Promise((resolve) => {
    const child = spawn(
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...filters],
      { stdio: buffered ? ['ignore', log, log] : 'inherit', env: { ...process.env, ...env } },
    );
    child.on('exit', resolve);
    child.on('error', resolve);
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (log !== undefined) {
    fs.closeSync(log);
    console.log(`\n── ${name} ──`);
    process.stdout.write(fs.readFileSync(logFile));
    fs.rmSync(logFile, { force: true });
  }
  try {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    const failedSuites = report.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
    results.push({ name, passed: report.numPassedTests, failed: report.numFailedTests + failedSuites, seconds });
  } catch {
    results.push({ name, passed: 0, failed: 1, seconds });
  }
}

/** The PostgreSQL suites: each starts its server, runs server/ on it, and stops it. */
function postgresSuites() {
  const suites = [];
  const given = process.env.TEST_DATABASE_URL;
  suites.push({
    name: 'postgres',
    start: async () => (given ? { url: given, stop: () => {} } : startThrowawayEmbeddedPostgres()),
  });
  if (!given && postgresAvailable()) {
    suites.push({ name: 'postgres15', start: startThrowawayPostgres });
  } else if (!given) {
    console.log("postgres15 suite skipped: no PostgreSQL binaries (.ci/run installs Debian's postgresql)");
  }
  return suites;
}

async function runPostgresSuite({ name, start }, buffered) {
  let server;
  try {
    server = await start();
    if (server.major && name === 'postgres15' && server.major !== 15)
      console.log(`postgres15 suite runs on PostgreSQL ${server.major}: the newest installed`);
    await vitest(name, { TEST_DB: 'postgres', TEST_DATABASE_URL: server.url }, ['server/'], { buffered });
  } catch (err) {
    console.error(`${name} suite could not run: ${err.message}`);
    results.push({ name, passed: 0, failed: 1 });
  } finally {
    await server?.stop();
  }
}

function e2e() {
  const out = path.resolve('e2e/artifacts/results.json');
  fs.rmSync(out, { force: true });
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status === 0;
  check('build', built);
  if (!built) return;
  npx(['playwright', 'test', '-c', 'e2e/playwright.config.ts']);
  try {
    const { stats } = JSON.parse(fs.readFileSync(out, 'utf8'));
    results.push({ name: 'e2e', passed: stats.expected + stats.flaky, failed: stats.unexpected });
  } catch {
    results.push({ name: 'e2e', passed: 0, failed: 1 });
  }
}

check('lint', spawnSync('npm', ['run', 'lint'], { stdio: 'inherit' }).status === 0);
check('typecheck', spawnSync('npm', ['run', 'typecheck'], { stdio: 'inherit' }).status === 0);
await vitest('pglite', { TEST_DB: 'pglite' });

const suites = postgresSuites();
if (parallelPostgres && suites.length > 1) await Promise.all(suites.map((s) => runPostgresSuite(s, true)));
else for (const suite of suites) await runPostgresSuite(suite, false);

if (!process.argv.includes('--no-e2e')) e2e();

console.log('\nSuites:');
for (const r of results) {
  const time = r.seconds === undefined ? '' : ` (${Math.floor(r.seconds / 60)} min ${r.seconds % 60} s)`;
  console.log(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${time}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
