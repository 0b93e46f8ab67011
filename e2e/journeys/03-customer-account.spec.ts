import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { ensureSetUp } from '../support/accounts.js';
import { linkIn, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

const customer = { name: '韩梅梅', email: `han.meimei-${Date.now()}@example.com`, password: 'meimei-password-1' };

test('a customer signs up, verifies the email from the mail, signs out and signs in again', async ({
  page,
  request,
  baseURL,
}) => {
  await ensureSetUp(request);
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The rules are checked before anything is sent.
  await page.getByLabel('Display name').fill(customer.name);
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Email')).toBeFocused();
  await expect(page.getByText('Enter an email address such as name@example.com.')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();

  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your mail' })).toBeVisible();
  // The same words whether or not the address was registered; the mail tells which.
  await expect(page.getByRole('status')).toHaveText(
    `We sent a mail to ${customer.email}. If the address is new here, it holds a link to confirm it; if you already have an account, it tells you how to sign in.`,
  );
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);

  // The link from the real mail confirms it and signs the customer in.
  const mail = await waitForMail(customer.email, /Verify your email/);
  await page.goto(linkIn(mail, `${baseURL}/verify-email?token=`));
  await expect(page.getByText('Thank you — your email address is verified.')).toBeVisible();
  // The link signed the customer in.
  await expect(page.getByRole('button', { name: `Account menu for ${customer.name}` })).toBeVisible();
  await page.goto('/profile');
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
  await expect(page.getByText('Please confirm your email address')).toHaveCount(0);

  // Sign out from the account menu...
  await page.getByRole('button', { name: `Account menu for ${customer.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);

  // ...and back in, with a wrong password first.
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong-password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: `Account menu for ${customer.name}` })).toBeVisible();
  await page.getByRole('button', { name: `Account menu for ${customer.name}` }).click();
  await expect(page.getByRole('menuitem', { name: 'Profile' })).toBeVisible();
  // Customers have no console entry in their menu.
  await expect(page.getByRole('menuitem', { name: 'Console' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The profile keeps changes.
  await page.goto('/profile');
  await page.getByLabel('Display name').fill('韩梅梅 Meimei');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account menu for 韩梅梅 Meimei' })).toBeVisible();
});

test('a forgotten password is reset with the link from the mail', async ({ page, baseURL }) => {
  await ensureSetUp(page.request);
  const email = `reset-${Date.now()}@example.com`;
  const signUp = await page.request.post('/api/v1/auth/sign-up', {
    headers: { 'x-requested-with': 'cocreate' },
    data: { email, password: 'first-password-1', displayName: 'Reset Tester', locale: 'en' },
  });
  expect(signUp.status()).toBe(202);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  const asked = new Date();
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(`If an account exists for ${email}`);

  const mail = await waitForMail(email, /Reset your password/, { after: asked });
  await page.goto(linkIn(mail, `${baseURL}/reset-password?token=`));
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('second-password-2');
  await page.getByLabel('Repeat the new password').fill('second-password-x');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByText('The two passwords are not the same.')).toBeVisible();
  await page.getByLabel('Repeat the new password').fill('second-password-2');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your password is changed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account menu for Reset Tester' })).toBeVisible();

  // The new password works; the link does not work twice.
  await page.request.post('/api/v1/auth/sign-out', { headers: { 'x-requested-with': 'cocreate' } });
  const again = await page.request.post('/api/v1/auth/sign-in', {
    headers: { 'x-requested-with': 'cocreate' },
    data: { email, password: 'second-password-2' },
  });
  expect(again.status()).toBe(200);
  await page.goto(linkIn(mail, `${baseURL}/reset-password?token=`));
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('third-password-3');
  await page.getByLabel('Repeat the new password').fill('third-password-3');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This link is not valid or has expired.');
});
