import type { Browser, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { ensureSetUp, OWNER, signUpCustomer, WRITE_HEADERS } from '../support/accounts.js';
import { useStoredLanguage } from '../support/language.js';
import { linkIn, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

const suffix = Date.now().toString(36);
const board = { slug: `washers-${suffix}`, name: `Washing machines ${suffix}` };
const original = `Quiet wash mode for night-time ${suffix}`;
const duplicate = `Quiet night wash mode please ${suffix}`;

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

async function pickOption(page: Page, label: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).first().click();
  await page.getByRole('option', { name: option }).click();
}

test('customers co-create an idea; staff merge, answer and ship it; the author hears back', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  // A long journey through three people on a shared machine.
  test.setTimeout(180_000);
  await ensureSetUp(request);
  const staff = await staffPage(browser);
  const created = await staff.request.post('/api/v1/idea-boards', {
    headers: WRITE_HEADERS,
    data: { ...board, thresholdSupporters: 100, answerDays: 14 },
  });
  expect(created.status(), await created.text()).toBe(201);
  const seeded = await staff.request.post('/api/v1/ideas', {
    headers: WRITE_HEADERS,
    data: { board: board.slug, title: original, body: 'Run the spin cycle quietly after 22:00.' },
  });
  expect(seeded.status(), await seeded.text()).toBe(201);
  const originalId = (await seeded.json()).id as string;

  // The first customer starts typing, is shown the similar idea, submits theirs anyway, then supports the original.
  await useStoredLanguage(page, 'en');
  const email = await signUpCustomer(page, 'Ana Author', 'ideas-ana');
  await page.goto(`/ideas/new?board=${board.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Share an idea' })).toBeVisible();
  await page.getByLabel('Your idea in one sentence').fill(duplicate);
  const similar = page.getByRole('list', { name: 'Similar ideas already exist' });
  await expect(similar.getByRole('link', { name: original })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Details').fill('It is **too loud** at night.');
  await page.getByRole('button', { name: 'Submit idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: duplicate })).toBeVisible();
  await expect(page.locator('.user-content strong')).toHaveText('too loud');
  const duplicateId = page.url().split('/').pop()!;

  await page.goto(`/ideas/${originalId}`);
  await page.getByRole('button', { name: `Support “${original}”` }).click();
  await expect(page.getByRole('button', { name: `Withdraw your vote for “${original}”` })).toBeVisible();
  await expect(page.getByText('1 vote', { exact: true })).toBeVisible();
  // The page and the board's list are the same for everyone (served from the server's memory);
  // my vote and follow come beside them, and stay after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: `Withdraw your vote for “${original}”` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Following ✓' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`/ideas/boards/${board.slug}`);
  await expect(page.getByRole('button', { name: `Withdraw your vote for “${original}”` })).toBeVisible();

  // A second customer supports both: after the merge they must count once.
  const other = await browser.newContext({ locale: 'en-US' });
  const second = await other.newPage();
  await signUpCustomer(second, 'Bo Supporter', 'ideas-bo');
  // Nobody else's vote shows as theirs.
  await second.goto(`/ideas/boards/${board.slug}`);
  await expect(second.getByRole('button', { name: `Support “${original}”` })).toBeVisible();
  await second.goto(`/ideas/${originalId}`);
  await expect(second.getByRole('button', { name: `Support “${original}”` })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Follow', exact: true })).toHaveAttribute('aria-pressed', 'false');
  for (const id of [originalId, duplicateId]) {
    const vote = await second.request.put(`/api/v1/ideas/${id}/vote`, { headers: WRITE_HEADERS, data: {} });
    expect(vote.status()).toBe(200);
  }

  // Staff merge the duplicate into the original from the console.
  await staff.goto(`/console/ideas/${duplicateId}`);
  await expect(staff.getByRole('heading', { level: 1, name: duplicate })).toBeVisible();
  await staff.getByLabel('Find the original').fill(original);
  await pickOption(staff, 'Original idea', new RegExp(original));
  await staff.getByRole('button', { name: 'Merge into the original' }).click();
  await expect(staff.getByRole('link', { name: 'Merged — open the original' })).toBeVisible();

  // ... answer it, plan it and ship it.
  await staff.goto(`/console/ideas/${originalId}`);
  await expect(staff.getByText('2 Votes')).toBeVisible();
  await staff.getByLabel('Answer (Markdown)').fill('Good news: a **quiet mode** is coming in firmware 2.3.');
  await staff.getByRole('button', { name: 'Post official answer' }).click();
  await expect(staff.getByLabel('Answer (Markdown)')).toHaveValue(/quiet mode/);
  await pickOption(staff, 'New status', 'Shipped');
  await staff.getByLabel(/Public note/).fill('Firmware 2.3 is out.');
  await staff.getByRole('button', { name: 'Change status' }).click();
  await expect(staff.getByText('Shipped').first()).toBeVisible();

  // The first customer sees the notification, in the app and by email, and the changelog. The
  // worker writes notifications when it delivers the events, a moment after the requests: the
  // page is opened again until they are there.
  await expect(async () => {
    await page.goto('/notifications');
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Shipped: ${original}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('link', { name: `Official answer on “${original}”` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const mail = await waitForMail(email, /^Shipped:/);
  expect(linkIn(mail, `${baseURL}/notifications/unsubscribe`)).toContain('token=');
  await page.getByRole('link', { name: `Shipped: ${original}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: original })).toBeVisible();
  await expect(page.getByText('Official answer')).toBeVisible();
  await page.goto('/ideas/changelog');
  const entry = page.getByRole('article', { name: original });
  await expect(entry).toBeVisible();
  await expect(entry.getByText('Asked for by 2 customers')).toBeVisible();
  await expect(entry.locator('strong')).toHaveText('quiet mode');
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoSeriousA11yViolations(page);

  // The merged duplicate redirects to the original.
  await page.goto(`/ideas/${duplicateId}`);
  await expect(page.getByRole('heading', { level: 1, name: original })).toBeVisible();
});
