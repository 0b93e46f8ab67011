// `npm test`: lint, typecheck, unit and integration tests on the embedded database and on
// PostgreSQL, then the browser journeys; ends with one line "N passed, N failed" over all suites.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startThrowawayPostgres } from './throwaway-postgres.mjs';

const results = [];
const npx = (args, env = {}) =>
  spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function check(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function vitest(name, env, filters = []) {
  const out = path.join(os.tmpdir(), `cocreate-vitest-${process.pid}-${name}.json`);
  npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...filters], env);
  try {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    const failedSuites = report.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
    results.push({ name, passed: report.numPassedTests, failed: report.numFailedTests + failedSuites });
  } catch {
    results.push({ name, passed: 0, failed: 1 });
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
vitest('pglite', { TEST_DB: 'pglite' });

let postgres;
try {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    postgres = await startThrowawayPostgres();
    url = postgres.url;
  }
  vitest('postgres', { TEST_DB: 'postgres', TEST_DATABASE_URL: url }, ['server/']);
} catch (err) {
  console.error(`PostgreSQL suite could not run: ${err.message}`);
  results.push({ name: 'postgres', passed: 0, failed: 1 });
} finally {
  postgres?.stop();
}

if (!process.argv.includes('--no-e2e')) e2e();

console.log('\nSuites:');
for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
