import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const repoRoot = path.resolve(import.meta.dirname, '..');
const artifacts = path.join(import.meta.dirname, 'artifacts');
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';

const startServer = !process.env.E2E_NO_SERVER;

// The config is evaluated again in every worker process; they inherit this env var, so
// one run uses one fresh data directory instead of creating one per process.
const dataDir = startServer ? (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'cocreate-e2e-'))) : '';

export default defineConfig({
  testDir: './journeys',
  outputDir: path.join(artifacts, 'test-results'),
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: path.join(artifacts, 'results.json') }]],
  use: {
    baseURL,
    browserName: 'chromium',
    // Playwright's own browser download is unavailable; the system Chromium is used instead.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // E2E_NO_SERVER=1 runs against whatever already serves E2E_BASE_URL (e.g. `vite preview`).
  webServer: startServer
    ? {
        command: 'node scripts/start.mjs',
        cwd: repoRoot,
        url: 'http://127.0.0.1:3100/healthz',
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: '3100',
          HOST: '127.0.0.1',
          COCREATE_DATA_DIR: dataDir,
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
        },
      }
    : undefined,
});
