import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { ensureSetUp, OWNER, signUpCustomer, WRITE_HEADERS } from '../support/accounts.js';
import { useStoredLanguage } from '../support/language.js';
import { waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

const suffix = Date.now().toString(36);
const subject = `Washing machine leaks ${suffix}`;

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

async function pickOption(
  scope: Page | ReturnType<Page['locator']>,
  page: Page,
  label: string,
  option: string | RegExp,
) {
  await scope
    .getByRole('textbox', { name: label })
    .or(scope.getByRole('combobox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option }).click();
}

test('a customer files a complaint with a photo, chooses one of two offered remedies and a slot, and rates the resolution', async ({
  page,
  browser,
  request,
}) => {
  await ensureSetUp(request);
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2266aa' } })
    .png()
    .toBuffer();

  // Receipt and acknowledgement: a number at once, in the portal and by mail.
  await useStoredLanguage(page, 'en');
  const email = await signUpCustomer(page, 'Lena Leak', 'cases-lena');
  await page.goto('/cases/new');
  await expect(page.getByRole('heading', { level: 1, name: 'File a case' })).toBeVisible();
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('What happened').fill('Water pools under the machine after **every** wash.');
  await page.getByLabel('Product').fill('Washing machine');
  await page.getByLabel('Model').fill('EG100');
  await page.getByLabel('Purchase date').fill('2026-06-01');
  await page.locator('input[type="file"]').setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: photo });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const number = (await page
    .getByText(/^CS-\d{4}-\d{6}/)
    .first()
    .textContent())!.slice(0, 14);
  await expect(page.getByText(`Case ${number} is received. You will hear from us by`)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Photo' })).toBeVisible();
  await expect(page.locator('.user-content strong')).toHaveText('every');
  const caseId = page.url().split('/').pop()!;
  const ack = await waitForMail(email, new RegExp(number));
  expect(ack.text).toContain(number);

  // The agent offers two remedies, each with appointment slots.
  const staff = await staffPage(browser);
  await staff.goto(`/console/cases/${caseId}`);
  await expect(staff.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await staff.getByLabel('Reply to the customer').fill('Sorry about the leak — here is what we can do.');
  await staff.getByRole('button', { name: 'Send reply' }).click();
  await expect(staff.getByText('Sorry about the leak')).toBeVisible();
  const first = staff.locator('fieldset', { hasText: 'Option 1' });
  await pickOption(first, staff, 'Remedy', 'Repair');
  await first.getByLabel('Terms').fill('Free home repair of the inlet valve.');
  await first.getByRole('button', { name: 'Add appointment slot' }).click();
  await first.getByLabel('Slot 1 from').fill('2026-12-01T09:00');
  await first.getByLabel('Slot 1 to').fill('2026-12-01T11:00');
  await first.getByRole('button', { name: 'Add appointment slot' }).click();
  await first.getByLabel('Slot 2 from').fill('2026-12-02T14:00');
  await first.getByLabel('Slot 2 to').fill('2026-12-02T16:00');
  await staff.getByRole('button', { name: 'Add another remedy' }).click();
  const second = staff.locator('fieldset', { hasText: 'Option 2' });
  await pickOption(second, staff, 'Remedy', 'Replacement');
  await second.getByLabel('Terms').fill('A new machine, the old one taken away.');
  await second.getByRole('button', { name: 'Add appointment slot' }).click();
  await second.getByLabel('Slot 1 from').fill('2026-12-03T09:00');
  await second.getByLabel('Slot 1 to').fill('2026-12-03T12:00');
  await expectNoSeriousA11yViolations(staff);
  await staff.getByRole('button', { name: 'Send the offer' }).click();
  await expect(staff.getByText('Remedies offered', { exact: true }).first()).toBeVisible();

  // The customer picks the repair on the second slot.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Choose how we put it right' })).toBeVisible();
  await expect(page.getByText('Free home repair of the inlet valve.')).toBeVisible();
  await expect(page.getByText('A new machine, the old one taken away.')).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Remedies on offer' }).getByRole('radio').nth(1).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your choice' })).toContainText('Repair');

  // The agent carries it out and resolves the case.
  await staff.reload();
  await staff.getByRole('button', { name: 'The chosen remedy is carried out' }).click();
  await expect(staff.getByText('Carried out', { exact: true }).first()).toBeVisible();
  await staff.getByLabel('Resolution note (shown to the customer)').fill('The inlet valve was replaced on site.');
  await staff.getByRole('button', { name: 'Resolve', exact: true }).click();
  await expect(staff.getByText('Resolved', { exact: true }).first()).toBeVisible();

  // The customer rates it.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How did we do?' })).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  const star = await page.getByRole('radio', { name: '5 of 5 stars' }).getAttribute('id');
  await page.locator(`label[for="${star}"]`).click();
  await page.getByLabel('Anything to add?').fill('Quick and tidy.');
  await page.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByText('Your rating')).toBeVisible();
  await expect(page.getByText('Quick and tidy.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await staff.reload();
  await expect(staff.getByText('Customer rating: 5/5')).toBeVisible();
  await staff.getByRole('tab', { name: 'History' }).click();
  await expect(staff.getByRole('cell', { name: 'Remedy accepted' })).toBeVisible();
});
