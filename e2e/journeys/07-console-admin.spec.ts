import { signInAsOwner, WORKSPACE, WRITE_HEADERS } from '../support/accounts.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

test('workspace settings, business hours and the sign-in secret are kept', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/console/settings');
  const workspace = page.getByRole('region', { name: 'Workspace', exact: true });
  await expect(workspace.getByLabel('Workspace name')).toHaveValue(WORKSPACE.name);

  // A bad logo address is caught before saving.
  await workspace.getByLabel('Logo image URL').fill('logo.png');
  await workspace.getByRole('button', { name: 'Save' }).click();
  await expect(workspace.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
  await workspace.getByLabel('Logo image URL').fill('https://cdn.example.com/haier-logo.png');
  await workspace.getByRole('button', { name: 'Save' }).click();
  await expect(workspace.getByRole('status')).toHaveText('Saved.');

  // Saturday gets morning hours; Friday closes.
  const hours = page.getByRole('region', { name: 'Business hours' });
  await hours.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await hours.getByLabel('Saturday from').fill('10:00');
  await hours.getByLabel('Saturday until').fill('14:00');
  await hours.getByRole('button', { name: 'Remove these hours on Friday' }).click();
  await hours.getByRole('button', { name: 'Save' }).click();
  await expect(hours.getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByLabel('Logo image URL')).toHaveValue('https://cdn.example.com/haier-logo.png');
  await expect(page.getByLabel('Saturday from')).toHaveValue('10:00');
  await expect(page.getByLabel('Saturday until')).toHaveValue('14:00');
  await expect(page.getByLabel('Friday from')).toHaveCount(0);
  const saved = (await (await page.request.get('/api/v1/workspace')).json()) as {
    businessHours: Record<string, unknown[]>;
  };
  expect(saved.businessHours.sat).toEqual([{ start: '10:00', end: '14:00' }]);
  expect(saved.businessHours.fri).toEqual([]);

  // Rotating the secret asks first, then shows the new one.
  const identify = page.getByRole('region', { name: 'Identified sign-in' });
  const before = await identify.getByRole('textbox', { name: 'HS256 secret' }).inputValue();
  await identify.getByRole('button', { name: 'Rotate secret' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rotate the HS256 secret?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(identify.getByRole('textbox', { name: 'HS256 secret' })).toHaveValue(before);
  await identify.getByRole('button', { name: 'Rotate secret' }).click();
  await dialog.getByRole('button', { name: 'Rotate now' }).click();
  await expect(dialog).toBeHidden();
  await expect(identify.getByRole('textbox', { name: 'HS256 secret' })).not.toHaveValue(before);

  // A malformed public key is refused with a clear message.
  await identify.getByLabel('RS256 public key (PEM)').fill('not a key');
  await identify.getByRole('button', { name: 'Save public key' }).click();
  await expect(identify.getByText('Paste a PEM public key')).toBeVisible();
});

test('API keys: created and shown once, usable, then revoked', async ({ page, request }) => {
  await signInAsOwner(page);
  await page.goto('/console/api-keys');
  const create = page.getByRole('region', { name: 'Create a key' });
  await create.getByLabel('Name').fill('CRM sync');
  await create.getByRole('checkbox', { name: 'Write' }).check();
  await create.getByRole('button', { name: 'Create key' }).click();

  const dialog = page.getByRole('dialog', { name: 'Key CRM sync is ready' });
  await expect(dialog.getByText('This is the only time the full key is shown.')).toBeVisible();
  const key = await dialog.getByRole('textbox', { name: 'API key', exact: true }).inputValue();
  expect(key).toMatch(/^cc_[0-9a-f]{32}_/);
  await dialog.getByRole('button', { name: 'I have copied it' }).click();
  await expect(dialog).toBeHidden();

  const keys = page.getByRole('region', { name: 'Keys', exact: true });
  await expect(keys.getByRole('row', { name: /CRM sync/ })).toContainText('Never');
  expect((await request.get('/api/v1/members', { headers: { authorization: `Bearer ${key}` } })).status()).toBe(200);
  await page.reload();
  await expect(keys.getByRole('row', { name: /CRM sync/ })).not.toContainText('Never');

  await keys.getByRole('button', { name: 'Revoke key CRM sync' }).click();
  await page.getByRole('dialog', { name: 'Revoke CRM sync?' }).getByRole('button', { name: 'Revoke' }).click();
  await expect(keys.getByRole('row', { name: /CRM sync/ })).toContainText('Revoked');
  expect((await request.get('/api/v1/members', { headers: { authorization: `Bearer ${key}` } })).status()).toBe(401);
});

test('the audit log lists who did what and loads more with the cursor', async ({ page }) => {
  await signInAsOwner(page);
  // Enough entries for a second page (25 a page).
  for (let i = 0; i < 26; i++) {
    const response = await page.request.patch('/api/v1/workspace', {
      headers: WRITE_HEADERS,
      data: { timeZone: i % 2 ? 'Asia/Shanghai' : 'Asia/Hong_Kong' },
    });
    expect(response.status()).toBe(200);
  }
  await page.request.patch('/api/v1/workspace', { headers: WRITE_HEADERS, data: { timeZone: WORKSPACE.timeZone } });
  await page.goto('/console/audit-log');
  const table = page.getByRole('region', { name: 'Entries', exact: true }).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(26);
  await expect(table.getByRole('row').nth(1)).toContainText('Changed workspace settings');
  await expect(table.getByRole('row').nth(1)).toContainText('王经理 <owner@haier.example>');
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(26);
  // Page on to the very first entry: the workspace's creation.
  const more = page.getByRole('button', { name: 'Load more' });
  while (await more.isVisible()) {
    await more.click();
    await expect(more).not.toHaveAttribute('data-loading', 'true');
  }
  await expect(table.getByRole('row').last()).toContainText('Created the workspace');
});

test('an owner creates another workspace and switches between them', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/console/settings');
  const create = page.getByRole('region', { name: 'Create another workspace' });
  await create.getByLabel('Workspace name').fill('Haier Europe');
  await expect(create.getByLabel('Address')).toHaveValue('haier-europe');
  await create.getByLabel('Address').fill(WORKSPACE.slug);
  await create.getByRole('button', { name: 'Create workspace' }).click();
  await expect(create.getByLabel('Address')).toHaveAccessibleDescription(/This address is taken/);
  const slug = `haier-eu-${Date.now() % 100000}`;
  await create.getByLabel('Address').fill(slug);
  await create.getByRole('button', { name: 'Create workspace' }).click();
  await expect(create.getByText('Workspace Haier Europe is created.')).toBeVisible();

  // The switcher appears in the console's sidebar.
  const switcher = page.getByRole('navigation', { name: 'Console' }).getByLabel('Workspace');
  await expect(switcher).toBeVisible();
  await switcher.selectOption({ label: 'Haier Europe' });
  await expect(page).toHaveURL(/\/console$/);
  await expect(switcher.locator('option:checked')).toHaveText('Haier Europe');
  const me = (await (await page.request.get('/api/v1/me')).json()) as {
    workspace: { slug: string };
    user: { role: string };
  };
  expect(me).toMatchObject({ workspace: { slug }, user: { role: 'owner' } });

  await switcher.selectOption({ label: WORKSPACE.name });
  await expect(switcher.locator('option:checked')).toHaveText(WORKSPACE.name);
  expect(
    ((await (await page.request.get('/api/v1/me')).json()) as { workspace: { slug: string } }).workspace.slug,
  ).toBe(WORKSPACE.slug);
});
