// `npm start`: builds the server and the web app when the sources are newer than the build,
// then runs Cocreate (arguments are passed on, e.g. `npm start -- --role=worker`).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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

const child = spawn(process.execPath, ['dist/server/main.js', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
