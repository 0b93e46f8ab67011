// Runs the production build (dist/server/main.js) as a child process, stopped by SIGTERM to its pid.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { track } from './cleanup.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Starts the server with `env` (DATABASE_URL or COCREATE_DATA_DIR, DATABASE_POOL_SIZE) plus the
 * bench settings, waits for /healthz, and returns { url, pid, stop }. `nodeArgs` go to node itself
 * (e.g. --cpu-prof).
 */
export async function startServer(env, nodeArgs = []) {
  const port = await freePort();
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.COCREATE_DATA_DIR;
  delete inherited.COCREATE_DB;
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server/main.js'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      ...env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
      COCREATE_BENCH_ROUTES: 'true',
    },
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exit = null;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exit = { code, signal }))));

  const stop = track(async () => {
    if (exit) return;
    child.kill('SIGTERM');
    const timeout = sleep(15_000).then(() => 'timeout');
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!exit && Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, pid: child.pid, stop };
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  await stop();
  throw new Error(
    `The server did not become healthy (${exit ? `exited ${exit.code ?? exit.signal}` : 'timeout'}):\n${output}`,
  );
}
