import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page, Route } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { ensureSetUp, OWNER, WRITE_HEADERS } from '../support/accounts.js';
import { useStoredLanguage } from '../support/language.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const suffix = Date.now().toString(36);
const slug = `after-repair-${suffix}`;
const payload = '<img src=x onerror="window.__owned=1">太吵了 too loud';

async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await useStoredLanguage(page, 'en');
  const res = await page.request.post('/api/v1/auth/sign-in', {
    headers: WRITE_HEADERS,
    data: { email: OWNER.email, password: OWNER.password },
  });
  expect(res.status(), await res.text()).toBe(200);
  return page;
}

async function fillBoth(scope: ReturnType<Page['getByRole']> | Page, label: string, zh: string, en: string) {
  await scope.getByLabel(`${label} · Chinese`).fill(zh);
  await scope.getByLabel(`${label} · English`).fill(en);
}

/** Serves the widget from the build when the server does not (yet) serve dist/widget at /widget/. */
async function widgetFromBuild(route: Route) {
  const response = await route.fetch();
  // Without the route the server answers unknown paths with the web app's index.html.
  if (response.ok() && /javascript/.test(response.headers()['content-type'] ?? '')) return route.fulfill({ response });
  const file = path.join(repoRoot, 'dist', 'widget', path.basename(new URL(route.request().url()).pathname));
  return route.fulfill({
    status: 200,
    contentType: 'text/javascript; charset=utf-8',
    body: readFileSync(file, 'utf8'),
  });
}

// The brand's site: a real HTTP server on loopback (Chromium refuses a public page framing a
// loopback one), at localhost — another site than the 127.0.0.1 Cocreate runs on.
let brandSite: Server;
let brandPort = 0;

test.beforeAll(async ({ baseURL }) => {
  if (!existsSync(path.join(repoRoot, 'dist', 'widget', 'cocreate.js')))
    execFileSync('node', ['web/widget/build.mjs'], { cwd: repoRoot });
  const html = readFileSync(path.join(repoRoot, 'e2e', 'fixtures', 'brand-shop.html'), 'utf8').replaceAll(
    '{{COCREATE_ORIGIN}}',
    baseURL!,
  );
  brandSite = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((resolve) => brandSite.listen(0, '127.0.0.1', resolve));
  brandPort = (brandSite.address() as AddressInfo).port;
});

test.afterAll(() => new Promise<void>((resolve) => brandSite.close(() => resolve())));

test('build an NPS + KANO + text survey, answer it by link and by widget, see the results and follow up', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  await ensureSetUp(request);
  const staff = await staffPage(browser);

  // Build the survey in the console.
  await staff.goto('/console/surveys/new');
  await expect(staff.getByRole('heading', { level: 1, name: 'New survey' })).toBeVisible();
  await staff.getByLabel('Link name').fill(slug);
  await fillBoth(staff, 'Title', '维修后回访', 'After your repair');
  await fillBoth(staff, 'Welcome text', '占用您一分钟。', 'One minute of your time.');
  await staff.getByRole('button', { name: 'Add a question' }).click();
  await staff.getByRole('menuitem', { name: 'KANO feature' }).click();
  const kano = staff.getByRole('group', { name: /KANO feature/ });
  await fillBoth(kano, 'Feature', '夜间静音洗', 'Night-time quiet wash');
  await fillBoth(
    kano,
    'If the product has it…',
    '如果洗衣机有夜间静音洗，您觉得如何？',
    'If the washer had a quiet night wash, how would you feel?',
  );
  await fillBoth(
    kano,
    'If the product does not have it…',
    '如果没有，您觉得如何？',
    'If it did not, how would you feel?',
  );
  await staff.getByRole('button', { name: 'Add a question' }).click();
  await staff.getByRole('menuitem', { name: 'Open text' }).click();
  await fillBoth(
    staff.getByRole('group', { name: /Open text/ }),
    'Question',
    '我们哪里可以做得更好？',
    'What could we do better?',
  );
  await staff.getByLabel('Show in the widget on').fill('checkout_done');
  await staff.getByLabel("Behind the widget's feedback button").check();
  await staff.getByRole('button', { name: 'Save survey' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'After your repair' })).toBeVisible();
  await staff.getByRole('button', { name: 'Open for answers' }).click();
  await expect(staff.getByText('Open', { exact: true })).toBeVisible();
  const surveyUrl = staff.url();

  // A customer answers through the public link, on a phone.
  await page.setViewportSize({ width: 375, height: 740 });
  await useStoredLanguage(page, 'en');
  await page.goto(`/s/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'After your repair' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByText('3', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('radiogroup', { name: 'If the washer had a quiet night wash, how would you feel?' })
    .getByLabel('I like it')
    .check();
  await page.getByRole('radiogroup', { name: 'If it did not, how would you feel?' }).getByLabel('I dislike it').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox').fill(payload);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText('Thank you for your answers!')).toBeVisible();

  // Another visitor answers in the widget on the brand's own page: plain HTML on another site.
  const shop = await browser.newContext({ locale: 'en-US' });
  await shop.route('**/widget/*.js', widgetFromBuild);
  const brand = await shop.newPage();
  const brandErrors: string[] = [];
  brand.on('pageerror', (e) => brandErrors.push(e.message));
  await brand.goto(`http://localhost:${brandPort}/shop.html`);
  await expect(brand.getByRole('button', { name: 'Feedback' })).toBeVisible();
  await brand.getByRole('button', { name: 'Finish checkout' }).click();
  const widget = brand.frameLocator('iframe[title="Survey"]');
  await expect(widget.getByRole('heading', { name: 'After your repair' })).toBeVisible();
  await widget.getByText('9', { exact: true }).click();
  await widget.getByRole('button', { name: 'Next' }).click();
  await widget
    .getByRole('group', { name: 'If the washer had a quiet night wash, how would you feel?' })
    .getByLabel('I like it')
    .check();
  await widget
    .getByRole('group', { name: 'If it did not, how would you feel?' })
    .getByLabel('I can tolerate it')
    .check();
  await widget.getByRole('button', { name: 'Next' }).click();
  await widget.getByRole('textbox').fill('Easy checkout');
  await widget.getByRole('button', { name: 'Send' }).click();
  await expect(widget.getByText('Thank you for your answers!')).toBeVisible();
  await widget.getByRole('button', { name: 'Close' }).click();
  // The feedback button is always there.
  await brand.getByRole('button', { name: 'Feedback' }).click();
  await expect(widget.getByRole('heading', { name: 'After your repair' })).toBeVisible();
  expect(brandErrors).toEqual([]);
  expect(await brand.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
  await shop.close();

  // The results: two responses, NPS 0 (one promoter, one detractor), the KANO feature classified.
  await staff.goto(surveyUrl);
  await expect(async () => {
    await staff.reload();
    await expect(staff.getByTestId('responses-count')).toHaveText('2 responses', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(staff.getByText('NPS 0.0')).toBeVisible();
  await staff.getByRole('tab', { name: 'KANO' }).click();
  await expect(staff.getByRole('row', { name: /Night-time quiet wash/ })).toContainText('One-dimensional');
  await staff.getByRole('tab', { name: 'Responses' }).click();
  await expect(staff.getByText(payload)).toBeVisible();

  // The detractor is followed up: assigned, noted, closed with an outcome.
  await staff.goto('/console/survey-followups');
  const card = staff.getByRole('article').filter({ hasText: 'After your repair' }).first();
  await expect(card).toContainText('Detractor · 3');
  await expect(card).toContainText(payload);
  await card.getByLabel('Assigned to').click();
  await staff.getByRole('option', { name: OWNER.displayName }).click();
  await card.getByLabel('Note').fill('Called back, engineer visits on Saturday');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect(card).toContainText('Called back, engineer visits on Saturday');
  await card.getByLabel('Outcome').click();
  await staff.getByRole('option', { name: 'Resolved' }).click();
  await card.getByRole('button', { name: 'Close' }).click();
  await staff.getByText('Closed', { exact: true }).last().click();
  await expect(staff.getByText(`Closed: Resolved · ${OWNER.displayName}`)).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
});
