import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { signInAsOwner } from '../support/accounts.js';

// What a browser downloads to show the two first screens, in bytes of JavaScript gzipped at level 9
// (what the build's .gz copies weigh; the bytes are the build's, so the numbers do not vary from
// run to run). A change that makes either screen heavier fails here: load the new code lazily
// (web/src/ui/lazy-page.tsx), or raise the budget on purpose. docs/architecture.md says why.
const PORTAL_HOME_BUDGET = 175_000; // target 150_000: see "The web app's weight" in docs/architecture.md
const CONSOLE_HOME_BUDGET = 300_000;

/** Opens `path` and sums the gzipped size of every script the page fetched until the network is quiet. */
async function scriptWeight(page: Page, path: string, ready: () => Promise<void>) {
  const scripts: Promise<{ url: string; gzipBytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push(
      request.response().then(async (response) => ({
        url: request.url(),
        gzipBytes: gzipSync(await response!.body(), { level: 9 }).length,
      })),
    );
  });
  await page.goto(path);
  await ready();
  await page.waitForLoadState('networkidle');
  const fetched = await Promise.all(scripts);
  return { gzipBytes: fetched.reduce((sum, s) => sum + s.gzipBytes, 0), fetched };
}

test.use({ locale: 'en-US' });

test('the portal home, for a visitor, stays within its script budget', async ({ page }) => {
  const { gzipBytes, fetched } = await scriptWeight(page, '/', () =>
    expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  );
  expect(gzipBytes, JSON.stringify(fetched, null, 1)).toBeLessThanOrEqual(PORTAL_HOME_BUDGET);
  // Nothing of the console, the charts or the survey builder comes with the portal.
  expect(fetched.map((s) => s.url).filter((url) => /console|chart|echarts|survey-builder/i.test(url))).toEqual([]);
});

test('the console home, for staff, stays within its script budget', async ({ page }) => {
  await signInAsOwner(page);
  const { gzipBytes, fetched } = await scriptWeight(page, '/console', async () => {
    await expect(
      page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Members' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });
  expect(gzipBytes, JSON.stringify(fetched, null, 1)).toBeLessThanOrEqual(CONSOLE_HOME_BUDGET);
  // The charts load with the reports that draw them, not with the console's home.
  expect(fetched.map((s) => s.url).filter((url) => /chart|echarts|CanvasRenderer/i.test(url))).toEqual([]);
});
