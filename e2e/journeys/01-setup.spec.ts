import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { OWNER, WORKSPACE } from '../support/accounts.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

test('first-run setup through the UI creates the workspace and lands in the console', async ({ page }) => {
  const site = (await (await page.request.get('/api/v1/site')).json()) as { setupNeeded: boolean };
  // The suite always starts on a fresh data directory, so this is the first run.
  expect(site.setupNeeded).toBe(true);

  // Until setup, the console and the console sign-in lead to the setup form.
  await page.goto('/console');
  await expect(page).toHaveURL(/\/console\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Cocreate' })).toBeVisible();
  await page.goto('/console/sign-in');
  await expect(page).toHaveURL(/\/console\/setup$/);
  await expectNoSeriousA11yViolations(page);

  // Empty form: the rules speak up and focus goes to the first field in error.
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByLabel('Workspace name')).toBeFocused();
  await expect(page.getByLabel('Workspace name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Please fill this in.').first()).toBeVisible();

  await page.getByLabel('Workspace name').fill(WORKSPACE.name);
  await page.getByLabel('Address').fill('Haier!');
  await page.getByLabel('Default language').selectOption(WORKSPACE.defaultLocale);
  await page.getByLabel('Time zone').selectOption(WORKSPACE.timeZone);
  await page.getByLabel('Display name').fill(OWNER.displayName);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByLabel('Address')).toBeFocused();
  await expect(page.getByText('Use 1–40 lower-case letters, digits and dashes')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();

  await page.getByLabel('Address').fill(WORKSPACE.slug);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
  await page.getByRole('button', { name: 'Create workspace' }).click();

  // Signed in as the owner, in the console.
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Console' });
  for (const label of ['Overview', 'Settings', 'Members', 'API keys', 'Audit log']) {
    await expect(nav.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(nav.getByText(WORKSPACE.name)).toBeVisible();
  await expect(page.getByRole('button', { name: `Account menu for ${OWNER.displayName}` })).toBeVisible();

  // Setup is once only: the form now redirects, and the server agrees.
  await page.goto('/console/setup');
  await expect(page).toHaveURL(/\/console$/);
  const after = (await (await page.request.get('/api/v1/site')).json()) as {
    setupNeeded: boolean;
    workspace: { slug: string };
  };
  expect(after).toMatchObject({ setupNeeded: false, workspace: { slug: WORKSPACE.slug } });
  const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { role: string; email: string } };
  expect(me.user).toMatchObject({ role: 'owner', email: OWNER.email });
});
