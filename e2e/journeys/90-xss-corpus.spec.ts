import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ensureSetUp } from '../support/accounts.js';
import { useStoredLanguage, type Language } from '../support/language.js';
import { trackPageErrors } from '../support/test.js';
import { expect, test } from '../support/test.js';
import { armContext, type XssFindings } from '../support/xss-detector.js';
import { everyTab, PageAudit, PAYLOAD_TEXT } from '../support/xss-pages.js';
import { inviteStaff, seedCorpus, signInOwner, signUpPayloadCustomer, type Seeded } from '../support/xss-seed.js';

// Every field people type into holds the payload corpus; every page that shows them is rendered
// in Chromium, in both languages, and nothing may run. The Content-Security-Policy is bypassed:
// it is the second fence, and this journey proves the first one (escaping and sanitising) holds
// on its own.
test.describe.configure({ mode: 'serial' });

const suffix = Date.now().toString(36);

interface Person {
  context: BrowserContext;
  findings: XssFindings;
}

const people: Record<'owner' | 'staff' | 'customer' | 'other' | 'visitor', Person> = {} as never;
let seeded: Seeded;

async function person(browser: Browser): Promise<Person> {
  const context = await browser.newContext({ locale: 'en-US', bypassCSP: true });
  return { context, findings: await armContext(context) };
}

/** A fresh page of a person in a language, with uncaught errors collected. */
async function open(who: Person, language: Language): Promise<{ page: Page; audit: PageAudit; errors: string[] }> {
  const page = await who.context.newPage();
  await useStoredLanguage(page, language);
  return { page, audit: new PageAudit(who.findings), errors: trackPageErrors(page) };
}

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  for (const name of ['owner', 'staff', 'customer', 'other', 'visitor'] as const) people[name] = await person(browser);
  await ensureSetUp(people.visitor.context.request);
  await signInOwner(people.owner.context.request);
  await inviteStaff(people.owner.context.request, people.staff.context.request, baseURL!, suffix);
  const customerEmail = await signUpPayloadCustomer(people.customer.context.request, 'ana', suffix);
  const otherEmail = await signUpPayloadCustomer(people.other.context.request, 'bo', suffix);
  seeded = await seedCorpus(
    {
      owner: people.owner.context.request,
      staff: people.staff.context.request,
      customer: people.customer.context.request,
      other: people.other.context.request,
      customerEmail,
      otherEmail,
    },
    people.visitor.context.request,
    suffix,
  );
});

test.afterAll(async () => {
  await seeded?.restore();
  for (const p of Object.values(people)) await p?.context.close();
});

test('the detector sees a payload that runs, a dialog and live markup', async () => {
  const { page, audit } = await open(people.visitor, 'en');
  await page.goto('/');
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src=x onerror=__xss(0)><a href="java&#x09;script:void(0)">x</a>',
    );
    window.alert('0');
  });
  await expect.poll(() => people.visitor.findings.executed.length).toBe(1);
  await audit.check(page, 'control');
  expect(audit.problems).toEqual([
    expect.stringMatching(/^control: payload #0 ran/),
    expect.stringMatching(/^control: alert dialog "0" opened/),
    expect.stringMatching(/^control: event handler onerror/),
    expect.stringMatching(/^control: href=java\tscript:void\(0\)/),
  ]);
  await page.close();
  people.visitor.findings.executed.length = 0;
  people.visitor.findings.dialogs.length = 0;
});

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

for (const language of ['zh-CN', 'en'] as const) {
  test(`portal pages show the corpus as text and run none of it (${language})`, async () => {
    test.setTimeout(90_000);
    const { page, audit, errors } = await open(people.customer, language);
    const shot = (name: string) => (language === 'en' ? `xss-${name}` : undefined);

    await audit.visit(page, '/ideas');
    await audit.visit(page, `/ideas/boards/${seeded.boardSlug}`);
    await audit.visit(page, `/ideas/${seeded.shippedIdeaId}`, { screenshot: shot('idea') });
    await audit.visit(page, `/ideas/${seeded.ideaIds[1]}`);
    await audit.visit(page, '/ideas/roadmap');
    await audit.visit(page, '/ideas/changelog');
    await audit.visit(page, '/notifications', { screenshot: shot('notifications') });
    await audit.visit(page, '/cases');
    await audit.visit(page, `/cases/${seeded.caseId}`, { screenshot: shot('case') });
    await audit.visit(page, `/cases/${seeded.ratedCaseId}`);
    await audit.visit(page, '/surveys', { ready: heading });
    await audit.visit(page, '/profile', { ready: heading });

    // A visitor answers the survey: every question, choice and KANO pair, then the thanks.
    const visitor = await open(people.visitor, language);
    await visitor.audit.visit(visitor.page, `/s/${seeded.surveySlug}`, {
      then: async (p) => {
        await p.getByRole('button', { name: language === 'en' ? 'Start' : '开始' }).click();
        for (let question = 0; question < 5; question++) {
          await expect(p.getByRole('progressbar')).toHaveAttribute('aria-label', new RegExp(`${question + 1}`));
          await expect(p.getByText(PAYLOAD_TEXT).first()).toBeVisible();
          await visitor.audit.check(p, `survey question ${question + 1}`);
          await p
            .getByRole('button', { name: language === 'en' ? /^(Next|Send my answers)$/ : /^(下一题|提交回答)$/ })
            .click();
        }
        await expect(p.getByRole('status')).toContainText(PAYLOAD_TEXT);
      },
    });

    expect([...audit.problems, ...visitor.audit.problems]).toEqual([]);
    expect([...errors, ...visitor.errors], 'uncaught errors in the page').toEqual([]);
  });

  test(`console pages show the corpus as text and run none of it (${language})`, async () => {
    test.setTimeout(120_000);
    const { page, audit, errors } = await open(people.staff, language);
    const shot = (name: string) => (language === 'en' ? `xss-${name}` : undefined);

    await audit.visit(page, '/console', { ready: heading });
    await audit.visit(page, '/console/ideas', { then: (p) => everyTab(p) });
    await audit.visit(page, `/console/ideas/${seeded.shippedIdeaId}`, { screenshot: shot('console-idea') });
    await audit.visit(page, '/console/ideas/boards');
    await audit.visit(page, '/console/surveys');
    await audit.visit(page, `/console/surveys/${seeded.surveyId}`, {
      then: (p) => everyTab(p, (tab) => audit.charts(tab, 'survey results tab')),
      screenshot: shot('survey-results'),
    });
    await audit.visit(page, `/console/surveys/${seeded.surveyId}/edit`, { ready: heading });
    await audit.visit(page, '/console/survey-followups');
    await audit.visit(page, '/console/cases');
    await audit.visit(page, `/console/cases/${seeded.caseId}`, {
      then: (p) => everyTab(p),
      screenshot: shot('console-case'),
    });
    await audit.visit(page, `/console/cases/${seeded.recordedCaseId}`);
    // Reports grouped by what people named: agents, products, root causes, teams.
    await audit.visit(page, '/console/cases/reports', {
      ready: (p) => expect(p.getByRole('img').first()).toBeVisible(),
      then: async (p) => {
        // Today in the workspace's time zone may be tomorrow in UTC: end the range after it.
        await p
          .locator('input[type="date"]')
          .nth(1)
          .fill(new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
        const groupBy = language === 'en' ? 'Group by' : '分组';
        for (const group of language === 'en'
          ? ['Agent', 'Product', 'Root cause', 'Team']
          : ['处理人', '产品', '根本原因', '小组']) {
          await p
            .getByRole('textbox', { name: groupBy })
            .or(p.getByRole('combobox', { name: groupBy }))
            .first()
            .click();
          await p.getByRole('option', { name: group, exact: true }).click();
          await expect(p.getByRole('table').getByText(PAYLOAD_TEXT).first()).toBeVisible();
          await audit.charts(p, `reports by ${group}`, p.getByRole('main').getByRole('region').nth(1));
        }
      },
    });
    await audit.visit(page, '/console/cases/settings', { then: (p) => everyTab(p) });
    await audit.visit(page, '/console/members');
    await audit.visit(page, '/console/api-keys', { ready: heading });

    // The audit log is the owner's and admins': the staff member's own actions are in it.
    await audit.visit(page, '/console/audit-log');

    expect(audit.problems).toEqual([]);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
}
