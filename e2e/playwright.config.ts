import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { SMTP_PORT } from './support/mail-config.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const artifacts = path.join(import.meta.dirname, 'artifacts');
// E2E_PORT (app) and E2E_SMTP_PORT (mail) let two runs share a machine; a run on other ports
// keeps its results apart too (test-results-<port>, results-<port>.json, mail-<smtp port>).
const appPort = Number(process.env.E2E_PORT ?? 3100);
const appOrigin = `http://127.0.0.1:${appPort}`;
const runSuffix = appPort === 3100 ? '' : `-${appPort}`;
const baseURL = process.env.E2E_BASE_URL ?? appOrigin;

const startServer = !process.env.E2E_NO_SERVER;

// The config is evaluated again in every worker process; they inherit this env var, so
// one run uses one fresh data directory instead of creating one per process.
const dataDir = startServer ? (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'cocreate-e2e-'))) : '';

export default defineConfig({
  testDir: './journeys',
  outputDir: path.join(artifacts, `test-results${runSuffix}`),
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: path.join(artifacts, `results${runSuffix}.json`) }]],
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
  // Web servers start in order, each waited for: the mail server is listening before the app
  // starts (and long before it sends its first mail). Global setup would run only after both.
  webServer: startServer
    ? [
        {
          command: 'npx tsx e2e/support/mail-server.ts',
          cwd: repoRoot,
          port: SMTP_PORT,
          reuseExistingServer: false,
          timeout: 30_000,
          stdout: 'pipe',
          stderr: 'pipe',
        },
        {
          // The README's run command: builds what is stale, then serves the production build.
          command: 'node scripts/start.mjs',
          cwd: repoRoot,
          url: `${appOrigin}/healthz`,
          reuseExistingServer: false,
          timeout: 180_000,
          // Stopped as an operator would: Cocreate closes its pool and stops its embedded PostgreSQL
          // server, which runs in a session of its own and would outlive a SIGKILL of this group.
          gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
          stdout: 'pipe',
          stderr: 'pipe',
          env: {
            PORT: String(appPort),
            HOST: '127.0.0.1',
            // Links in mail must point at the origin the browser uses, or its cookie would not apply.
            PUBLIC_URL: appOrigin,
            COCREATE_DATA_DIR: dataDir,
            NODE_ENV: 'production',
            LOG_LEVEL: 'warn',
            SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
            AUTH_RATE_LIMIT_PER_MINUTE: '1000',
            JOB_POLL_MS: '200',
          },
        },
      ]
    : undefined,
});
