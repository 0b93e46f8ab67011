// The e2e app server: builds the server and the web app, then runs them from a private copy of
// dist/. Other people's builds in the same checkout replace dist/web (new asset names) while a
// suite runs, and the server only serves the asset files it found at start; the copy keeps this
// run's pages whole. (It also stands in for `node scripts/start.mjs`, which currently crashes
// with ENOTDIR on package.json whenever dist/web is already fresh.)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

for (const script of ['build:server', 'build:web']) {
  const build = spawnSync('npm', ['run', script, '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// One folder per port: two runs never share a port, and a run killed outright leaves only this
// folder behind, which the next run on that port replaces.
const snapshot = path.join(tmpdir(), `cocreate-e2e-app-${process.env.PORT ?? '3100'}`);
rmSync(snapshot, { recursive: true, force: true });
mkdirSync(snapshot, { recursive: true });
cpSync(path.join(repoRoot, 'dist'), path.join(snapshot, 'dist'), { recursive: true });
cpSync(path.join(repoRoot, 'package.json'), path.join(snapshot, 'package.json'));
symlinkSync(path.join(repoRoot, 'node_modules'), path.join(snapshot, 'node_modules'), 'dir');

const server = spawn(process.execPath, [path.join(snapshot, 'dist', 'server', 'main.js')], { cwd: repoRoot, stdio: 'inherit' });
const cleanUp = () => rmSync(snapshot, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
