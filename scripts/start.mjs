// `npm start`: builds the server and the web app when the sources are newer than the build,
// then runs Cocreate (arguments are passed on, e.g. `npm start -- --role=worker`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function newest(dir) {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs);
  }
  return latest;
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

function buildIfStale(script, sources, output) {
  const built = mtime(output);
  if (built > 0 && sources.every((s) => newest(s) <= built)) return;
  console.log(`Building (${script})...`);
  if (spawnSync('npm', ['run', script], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

buildIfStale('build:server', ['server', 'shared', 'tsconfig.build.json', 'package.json'], 'dist/server/main.js');
buildIfStale(
  'build:web',
  ['web/src', 'shared', 'web/index.html', 'web/vite.config.ts', 'package.json'],
  'dist/web/index.html',
);
buildIfStale('build:widget', ['web/widget', 'shared', 'package.json'], 'dist/widget/cocreate.js');

// The server runs in this very process (it reads the same arguments and handles SIGINT and
// SIGTERM itself), so a kill -9 of `npm start` leaves no server behind holding the port; the
// embedded PostgreSQL server it leaves is taken care of by the next start.
await import(pathToFileURL(path.resolve('dist/server/main.js')).href);
