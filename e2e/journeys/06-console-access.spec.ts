import { signUpCustomer } from '../support/accounts.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

test('a signed-in customer gets the no-access page, not the console, and no console API', async ({ page }) => {
  await signUpCustomer(page, '顾客小明');

  for (const path of ['/console', '/console/members', '/console/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'No access to the console' })).toBeVisible();
    await expect(page.getByText('You are signed in as 顾客小明')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Console' })).toHaveCount(0);
  }

  for (const path of [
    '/api/v1/members',
    '/api/v1/workspace',
    '/api/v1/audit-log',
    '/api/v1/api-keys',
    '/api/v1/invitations',
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(403);
  }
  const invite = await page.request.post('/api/v1/invitations', {
    headers: { 'x-requested-with': 'cocreate' },
    data: { email: 'sneaky@example.com', role: 'admin' },
  });
  expect(invite.status()).toBe(403);

  // The way out: the portal, or another account.
  await page.getByRole('button', { name: 'Sign in with another account' }).click();
  await expect(page).toHaveURL(/\/console\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the console' })).toBeVisible();
});

test('signed out, the console asks to sign in and writes without the CSRF header are refused', async ({ page }) => {
  await page.goto('/console/audit-log');
  await expect(page).toHaveURL(/\/console\/sign-in\?next=%2Fconsole%2Faudit-log$/);
  expect((await page.request.get('/api/v1/members')).status()).toBe(401);
  const withoutHeader = await page.request.post('/api/v1/auth/sign-in', {
    data: { email: 'a@example.com', password: 'whatever-123' },
  });
  expect(withoutHeader.status()).toBe(403);
});
