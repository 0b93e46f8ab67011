import { SignJWT } from 'jose';
import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { signInAsOwner } from '../support/accounts.js';
import { expect, test, trackPageErrors } from '../support/test.js';

test.use({ locale: 'en-US' });

async function identityToken(secret: string, claims: Record<string, unknown>, sub = 'crm-1001'): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime(Math.floor(Date.now() / 1000) + 300)
    .sign(new TextEncoder().encode(secret));
}

async function ownerSecret(page: import('@playwright/test').Page): Promise<string> {
  await signInAsOwner(page);
  const response = await page.request.get('/api/v1/workspace/identify');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { secret: string }).secret;
}

test('the brand’s site signs a customer in with a JWT and they arrive signed in as 李雷', async ({ page, browser }) => {
  const secret = await ownerSecret(page);

  // The owner finds the same secret in the settings, with the sign-in address.
  await page.goto('/console/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Identified sign-in' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'HS256 secret' })).toHaveValue(secret);
  await expect(page.getByRole('textbox', { name: 'Sign-in address' })).toHaveValue(/\/sso\?token=$/);
  await expectNoSeriousA11yViolations(page);

  const token = await identityToken(secret, {
    email: `li.lei-${Date.now()}@example.com`,
    name: '李雷',
    attributes: { segment: 'VIP', city: '青岛' },
  });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const customerPage = await context.newPage();
  const errors = trackPageErrors(customerPage);
  await customerPage.goto(`/sso?token=${token}&redirect=${encodeURIComponent('/profile')}`);
  await expect(customerPage).toHaveURL(/\/profile$/);
  await expect(customerPage.getByRole('button', { name: '李雷 的账号菜单' })).toBeVisible();
  await expect(customerPage.getByLabel('昵称')).toHaveValue('李雷');
  // The brand's word is not proof of the address: it stays unverified until the customer confirms it.
  await expect(customerPage.getByText('未验证', { exact: true })).toBeVisible();
  const me = (await (await customerPage.request.get('/api/v1/me')).json()) as {
    user: { role: string; externalId: string; attributes: Record<string, unknown> };
  };
  expect(me.user).toMatchObject({
    role: 'customer',
    externalId: 'crm-1001',
    attributes: { segment: 'VIP', city: '青岛' },
  });
  expect(errors).toEqual([]);
  await context.close();
});

test('a refused token is explained, and a foreign redirect is ignored', async ({ page, browser, baseURL }) => {
  const secret = await ownerSecret(page);
  const context = await browser.newContext({ locale: 'en-US' });
  const customerPage = await context.newPage();
  const errors = trackPageErrors(customerPage);

  const forged = await identityToken('not-the-workspace-secret-at-all', { name: 'Mallory' }, 'crm-666');
  await customerPage.goto(`/sso?token=${forged}`);
  await expect(customerPage.getByRole('heading', { level: 1, name: 'We could not sign you in' })).toBeVisible();
  await expect(customerPage.getByRole('alert')).toContainText("The sign-in token from the brand's site was refused.");
  await expect(customerPage.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  await customerPage.goto('/sso');
  await expect(customerPage.getByRole('alert')).toContainText('The link has no sign-in token.');

  const token = await identityToken(secret, { name: 'Han Lin' }, 'crm-1002');
  await customerPage.goto(`/sso?token=${token}&redirect=${encodeURIComponent('//evil.example/steal')}`);
  await expect(customerPage).toHaveURL(`${baseURL}/`);
  await expect(customerPage.getByRole('button', { name: 'Account menu for Han Lin' })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});
