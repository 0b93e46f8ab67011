// `npm run bench`: load scenarios (bench/scenarios) against the production build on the embedded
// default (Cocreate's own PostgreSQL server) and on a throwaway PostgreSQL reached by URL (and, when
// asked, on the PGlite fallback), beside the HTTP limit (a no-op route in the same server) and the
// database limit (the scenario's SQL in a bare loop), all taken in this run.
// Options: --db=embedded,postgres,pglite (default embedded,postgres), --connections=50, --duration=8, --warmup=2,
// --cpu-prof=<dir> (the measured server writes a V8 CPU profile there when it stops),
// --only=<scenario>,... (prints the table but writes no results: they would be partial).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startThrowawayPostgres } from './throwaway-postgres.mjs';
import { stopAll, track } from '../bench/lib/cleanup.mjs';
import { failures, machine, printResult, printWeb, updateDocs, writeResult } from '../bench/lib/report.mjs';
import { loadScenarios } from '../bench/lib/scenarios.mjs';
import { repoRoot } from '../bench/lib/server.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const load = {
  connections: Number(arg('connections', 50)),
  durationS: Number(arg('duration', 8)),
  warmupS: Number(arg('warmup', 2)),
};
const databases = arg('db', 'embedded,postgres').split(',');
const POOL_SIZE = 10;
const profileDir = arg('cpu-prof', null);
const only = arg('only', null)?.split(',');
const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs);
  }
  return latest;
}

// The bench measures the production build of the current sources: rebuild when they are newer.
function buildIfStale(script, source, output) {
  const out = path.join(repoRoot, output);
  if (fs.existsSync(out) && newest(path.join(repoRoot, source)) <= fs.statSync(out).mtimeMs) return;
  console.log(`Building (npm run ${script})...`);
  if (spawnSync('npm', ['run', script], { cwd: repoRoot, stdio: 'inherit' }).status !== 0)
    throw new Error(`npm run ${script} failed`);
}

function benchDataDir() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-bench-'));
  track(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  return dataDir;
}

// The default a new user runs: no DATABASE_URL, Cocreate starts its own server in the data directory.
async function embeddedTarget() {
  const dataDir = benchDataDir();
  return {
    db: 'embedded',
    poolSize: POOL_SIZE,
    serverEnv: { COCREATE_DATA_DIR: dataDir, DATABASE_POOL_SIZE: String(POOL_SIZE) },
    openOptions: { dataDir, poolSize: POOL_SIZE },
  };
}

async function pgliteTarget() {
  const dataDir = benchDataDir();
  return {
    db: 'pglite',
    poolSize: 1,
    serverEnv: { COCREATE_DATA_DIR: dataDir, COCREATE_DB: 'pglite' },
    openOptions: { dataDir, engine: 'pglite' },
  };
}

const TARGETS = { embedded: embeddedTarget, pglite: pgliteTarget, postgres: postgresTarget };

async function postgresTarget() {
  const postgres = await startThrowawayPostgres();
  track(() => postgres.stop());
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(
    "create database cocreate_bench template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'",
  );
  await admin.end();
  const url = postgres.url.replace(/\/postgres$/, '/cocreate_bench');
  return {
    db: 'postgres',
    poolSize: POOL_SIZE,
    serverEnv: { DATABASE_URL: url, DATABASE_POOL_SIZE: String(POOL_SIZE) },
    openOptions: { url, poolSize: POOL_SIZE },
  };
}

// The web app's weight, on the embedded default with a fresh data directory (first-run setup makes the staff member).
async function measureWeb() {
  const { measureWebWeight } = await import('../bench/web-weight.mjs');
  const { startServer } = await import('../bench/lib/server.mjs');
  const result = { db: 'web', date: new Date().toISOString(), machine: machine() };
  try {
    const server = await startServer({ COCREATE_DATA_DIR: benchDataDir() });
    console.log('[web] portal and console home in Chromium, CPU slowed 4×');
    return { ...result, ...(await measureWebWeight({ baseUrl: server.url })) };
  } catch (err) {
    return { ...result, error: String(err.message).slice(0, 300) };
  } finally {
    await stopAll();
  }
}

async function main() {
  buildIfStale('build:server', 'server', 'dist/server/main.js');
  buildIfStale('build:web', 'web', 'dist/web/index.html');
  const { runDatabase } = await import('../bench/lib/run-database.mjs');
  const scenarios = (await loadScenarios()).filter((s) => !only || only.includes(s.name));
  if (scenarios.length === 0 && !only?.includes('web-weight')) throw new Error(`No scenario named ${only}`);
  let failed = 0;
  for (const db of scenarios.length > 0 ? databases : []) {
    const host = machine();
    if (!TARGETS[db]) throw new Error(`Unknown --db=${db}: use ${Object.keys(TARGETS).join(', ')}`);
    const target = await TARGETS[db]();
    const result = await runDatabase({ ...target, nodeArgs }, scenarios, load);
    const full = { ...result, date: new Date().toISOString(), machine: host, settings: load };
    if (!only) writeResult(full);
    printResult(full);
    failed += failures(full).length;
    await stopAll();
  }
  if (!only || only.includes('web-weight')) {
    const web = await measureWeb();
    if (!only) writeResult(web);
    printWeb(web);
    if (web.error) failed++;
  }
  if (!only) {
    updateDocs();
    console.log('\nWrote bench/results/*-latest.json and the summary in docs/performance.md.');
  }
  if (failed > 0) throw new Error(`${failed} measurement(s) failed (see FAILED above)`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping what it started`);
    void stopAll().then(() => process.exit(130));
  });
}

try {
  await main();
} catch (err) {
  console.error(`bench failed: ${err.stack ?? err}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
