// The web app's weight: what a browser fetches to show the portal home (anonymous visitor) and the
// console home (signed-in staff), and when the first content is painted with the CPU slowed 4×.
//
// `measureWebWeight({ baseUrl })` measures a running server; `node bench/web-weight.mjs` starts the
// production build on a fresh embedded database (first-run setup makes the staff member), prints
// the numbers as JSON and stops it. `--base-url=http://…` measures a server already running.
//
// Byte counts are deterministic: `jsGzipBytes` / `cssGzipBytes` are each response's body gzipped at
// level 9 (what the build's precompressed .gz files weigh), whatever encoding the server chose;
// `transferBytes` is what actually crossed the wire (brotli, where the server offers it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CPU_SLOWDOWN = 4;
const WRITE_HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'cocreate' };
const BENCH_STAFF = { email: 'owner@web-weight.example', password: 'web-weight-password-1' };

/** Gzip size of a response body at level 9, as the build precompresses. */
export const gzipBytes = (body) => gzipSync(body, { level: 9 }).length;

async function post(baseUrl, apiPath, body) {
  const res = await fetch(`${baseUrl}${apiPath}`, {
    method: 'POST',
    headers: WRITE_HEADERS,
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${apiPath}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('cocreate_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`POST ${apiPath} answered without a session cookie`);
  return cookie;
}

/**
 * A staff session cookie: the one given, a sign-in with the credentials given, or — on a server
 * still waiting for first-run setup — the owner that setting up a workspace makes.
 */
async function staffCookie(baseUrl, staff) {
  if (staff?.cookie) return staff.cookie;
  if (staff?.email) return post(baseUrl, '/api/v1/auth/sign-in', { email: staff.email, password: staff.password });
  const site = await (await fetch(`${baseUrl}/api/v1/site`)).json();
  if (!site.setupNeeded)
    throw new Error(
      'The server is already set up: pass staff: { cookie } or { email, password } to measure the console',
    );
  return post(baseUrl, '/api/v1/setup', {
    workspace: { name: 'Web weight', slug: 'web-weight' },
    owner: { ...BENCH_STAFF, displayName: 'Web Weight Owner' },
  });
}

/**
 * Loads `pathname` in a fresh context (cold cache) with the CPU slowed, waits until every selector
 * of `ready` is visible and the network is quiet, and sums what was fetched.
 */
async function weigh(browser, { baseUrl, pathname, cookie, ready, locale }) {
  const context = await browser.newContext({ baseURL: baseUrl, locale });
  try {
    if (cookie) {
      const [name, value] = cookie.split(/=(.*)/s);
      await context.addCookies([{ name, value, url: baseUrl }]);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const finished = [];
    page.on('requestfinished', (request) => finished.push(request));
    await page.goto(pathname);
    // When the screen is there (its first paint may be only a frame or a spinner), by the page's clock.
    const shown = await page.waitForFunction(
      (selectors) =>
        selectors.every((selector) => document.querySelector(selector)?.getClientRects().length) &&
        globalThis.performance.now(),
      ready,
      { polling: 'raf', timeout: 60_000 },
    );
    const readyMs = Math.round(await shown.jsonValue());
    await page.waitForLoadState('networkidle');
    // The paint entry can be queued a little after the paint on a busy machine: wait for it.
    const firstContentfulPaintMs = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new globalThis.PerformanceObserver((entries, observer) => {
            const paint = entries.getEntriesByName('first-contentful-paint')[0];
            if (!paint) return;
            observer.disconnect();
            resolve(paint.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(null), 5000);
        }),
    );
    const totals = { jsGzipBytes: 0, cssGzipBytes: 0, transferBytes: 0, requests: finished.length };
    const scripts = [];
    for (const request of finished) {
      const type = request.resourceType();
      const response = await request.response();
      const sizes = await request.sizes();
      totals.transferBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      if (!response || (type !== 'script' && type !== 'stylesheet')) continue;
      const gzip = gzipBytes(await response.body());
      if (type === 'script') {
        totals.jsGzipBytes += gzip;
        scripts.push({ path: new URL(request.url()).pathname, gzipBytes: gzip });
      } else totals.cssGzipBytes += gzip;
    }
    return {
      ...totals,
      firstContentfulPaintMs: firstContentfulPaintMs === null ? null : Math.round(firstContentfulPaintMs),
      readyMs,
      scripts,
    };
  } finally {
    await context.close();
  }
}

/**
 * Weighs the portal home for an anonymous visitor and the console home for a staff member.
 * `staff` (optional): { cookie } or { email, password }; without it the server must still need
 * first-run setup, which then makes the owner. `locale` is the browser's language (default en-US).
 * Returns { portal, console }, each { jsGzipBytes, cssGzipBytes, requests, firstContentfulPaintMs,
 * readyMs (when the screen's heading, and the console's sidebar, are shown), transferBytes,
 * scripts: [{ path, gzipBytes }] }.
 */
export async function measureWebWeight({ baseUrl, staff, locale = 'en-US' }) {
  const cookie = await staffCookie(baseUrl, staff);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const portal = await weigh(browser, {
      baseUrl,
      pathname: '/',
      locale,
      ready: ['main h1'],
    });
    const consoleHome = await weigh(browser, {
      baseUrl,
      pathname: '/console',
      cookie,
      locale,
      // The console's navigation: the page is the console itself, not its sign-in.
      ready: ['#console-nav a[href="/console/members"]', 'main h1'],
    });
    return { portal, console: consoleHome };
  } finally {
    await browser.close();
  }
}

async function main() {
  const given = process.argv.find((a) => a.startsWith('--base-url='))?.split('=')[1];
  if (given) {
    console.log(JSON.stringify(await measureWebWeight({ baseUrl: given }), null, 2));
    return;
  }
  const { startServer } = await import('./lib/server.mjs');
  const { stopAll, track } = await import('./lib/cleanup.mjs');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-web-weight-'));
  track(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  try {
    const server = await startServer({ COCREATE_DATA_DIR: dataDir });
    console.log(JSON.stringify(await measureWebWeight({ baseUrl: server.url }), null, 2));
  } finally {
    await stopAll();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await main();
  } catch (err) {
    console.error(`web-weight failed: ${err.stack ?? err}`);
    process.exitCode = 1;
  }
}
