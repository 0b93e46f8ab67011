import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { signUpCustomer, WRITE_HEADERS } from '../support/accounts.js';
import { linkIn, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

test('someone locked out by wrong guesses gets back in with a mailed sign-in link, once', async ({ page, baseURL }) => {
  const email = await signUpCustomer(page, 'Lina Locked', 'sign-in-link');
  await page.request.post('/api/v1/auth/sign-out', { headers: WRITE_HEADERS });
  // Five wrong guesses from this address lock it out of the account, even with the right password.
  for (let i = 0; i < 5; i++) {
    await page.request.post('/api/v1/auth/sign-in', {
      headers: WRITE_HEADERS,
      data: { email, password: 'a wrong guess!' },
    });
  }
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('customer-password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('ask for a sign-in link by email');

  await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/sign-in-link$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in by email' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Email').fill(email);
  const asked = new Date();
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('status')).toHaveText(
    `If an account exists for ${email}, we have sent it a sign-in link. The link works for 15 minutes.`,
  );

  const mail = await waitForMail(email, /Sign in to/, { after: asked });
  const link = linkIn(mail, `${baseURL}/sign-in-link?token=`);
  await page.goto(link);
  await expect(page.getByRole('button', { name: 'Account menu for Lina Locked' })).toBeVisible();
  // Home, and the spent link is not left in the address bar.
  await expect(page).toHaveURL(/\/$/);
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);

  // The link works once.
  await page.request.post('/api/v1/auth/sign-out', { headers: WRITE_HEADERS });
  await page.goto(link);
  await expect(page.getByRole('alert')).toContainText('This link is not valid or has expired.');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
});

test('the sign-in link page speaks Chinese too', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'zh-CN', baseURL });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: '通过邮件获取登录链接' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '通过邮件登录' })).toBeVisible();
  await page.getByLabel('邮箱').fill('nobody-here@example.com');
  await page.getByRole('button', { name: '发送登录链接' }).click();
  await expect(page.getByRole('status')).toHaveText(
    '如果 nobody-here@example.com 已注册账号，我们已向其发送登录链接，链接 15 分钟内有效。',
  );
  await context.close();
});
