import { ensureSetUp, OWNER, WRITE_HEADERS } from '../support/accounts.js';
import { useStoredLanguage } from '../support/language.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

test('"Sign in to vote" brings the customer back to the idea they wanted to support', async ({ page, browser }) => {
  const suffix = Date.now().toString(36);

  // The owner opens a board with one idea; a customer has an account.
  const staff = await (await browser.newContext({ locale: 'en-US' })).newPage();
  // First-run setup signs its caller in, so it runs in the staff context, never the visitor's.
  await ensureSetUp(staff.request);
  const signedIn = await staff.request.post('/api/v1/auth/sign-in', {
    headers: WRITE_HEADERS,
    data: { email: OWNER.email, password: OWNER.password },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const board = { slug: `return-${suffix}`, name: `Dishwashers ${suffix}` };
  expect((await staff.request.post('/api/v1/idea-boards', { headers: WRITE_HEADERS, data: board })).status()).toBe(201);
  const title = `Half-load programme ${suffix}`;
  const idea = await staff.request.post('/api/v1/ideas', {
    headers: WRITE_HEADERS,
    data: { board: board.slug, title, body: 'Wash a few plates without waiting for a full load.' },
  });
  expect(idea.status(), await idea.text()).toBe(201);
  const { id } = (await idea.json()) as { id: string };
  const customer = { email: `returning-${suffix}@example.com`, password: 'customer-password-1' };
  const signUp = await staff.request.post('/api/v1/auth/sign-up', {
    headers: WRITE_HEADERS,
    data: { ...customer, displayName: 'Returning customer', locale: 'en' },
  });
  expect(signUp.status(), await signUp.text()).toBe(202);
  await staff.context().close();

  // A visitor reads the idea, is asked to sign in to vote, signs in, and lands on the idea again.
  await useStoredLanguage(page, 'en');
  await page.goto(`/ideas/${id}`);
  await page.getByRole('link', { name: 'Sign in to vote' }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(`/ideas/${id}`)}$`));
  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${id}$`));
  await page.getByRole('button', { name: `Support “${title}”` }).click();
  await expect(page.getByRole('button', { name: `Withdraw your vote for “${title}”` })).toBeVisible();
});
