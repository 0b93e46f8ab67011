import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { signInAsOwner } from '../support/accounts.js';
import { saveScreenshot } from '../support/artifacts.js';
import { switchLanguage, useStoredLanguage, type Language } from '../support/language.js';

const participation = {
  en: {
    title: "Welcome — let's create value together",
    cards: [
      ['Give feedback', 'Share feedback', '/surveys'],
      ['Co-create ideas', 'Explore ideas', '/ideas'],
      ['Take part in decisions', 'Cast your vote', '/decisions'],
      ['Help each other in the community', 'Visit the community', '/community'],
      ['Resolve a complaint or repair together', 'Get help', '/cases'],
    ],
  },
  'zh-CN': {
    title: '欢迎参与，一起共创价值',
    cards: [
      ['反馈', '去反馈', '/surveys'],
      ['共创想法', '浏览想法', '/ideas'],
      ['参与决策', '参与投票', '/decisions'],
      ['社区互助', '进入社区', '/community'],
      ['售后服务共创', '获取帮助', '/cases'],
    ],
  },
} as const;

const consoleNav = {
  en: ['Overview', 'Settings', 'Members', 'API keys', 'Audit log'],
  'zh-CN': ['概览', '设置', '成员', 'API 密钥', '审计日志'],
} as const;

async function expectParticipationCards(page: Page, language: Language) {
  const { title, cards } = participation[language];
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('main article')).toHaveCount(cards.length);
  for (const [heading, action, href] of cards) {
    const card = page.getByRole('article', { name: heading });
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(heading);
    await expect(card.getByRole('link', { name: action })).toHaveAttribute('href', href);
  }
}

test.use({ locale: 'en-US' });

// Any uncaught error in the page fails the test that caused it.
const pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors.length = 0;
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('portal home invites the customer to the five forms of participation', async ({ page }) => {
  await page.goto('/');
  await expectParticipationCards(page, 'en');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('switching language flips the text and <html lang>, and is remembered', async ({ page }) => {
  await page.goto('/');
  await expectParticipationCards(page, 'en');

  await switchLanguage(page, '中文');
  await expectParticipationCards(page, 'zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();

  await page.reload();
  await expectParticipationCards(page, 'zh-CN');

  await switchLanguage(page, 'English');
  await expectParticipationCards(page, 'en');
  expect(await page.evaluate(() => localStorage.getItem('cocreate.lang'))).toBe('en');
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the portal starts in Chinese', async ({ page }) => {
    await page.goto('/');
    await expectParticipationCards(page, 'zh-CN');
  });
});

test('a participation card leads to its page (not-found until the module lands)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Explore ideas' }).click();
  await expect(page).toHaveURL(/\/ideas$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test('unknown pages show the not-found page inside the layout', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: participation.en.title })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('signed out, the console leads to first-run setup or to sign-in', async ({ page }) => {
  const site = (await (await page.request.get('/api/v1/site')).json()) as { setupNeeded: boolean };
  await page.goto('/console');
  if (site.setupNeeded) {
    await expect(page).toHaveURL(/\/console\/setup$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Set up Cocreate' })).toBeVisible();
  } else {
    await expect(page).toHaveURL(/\/console\/sign-in\?next=%2Fconsole$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the console' })).toBeVisible();
  }
});

test('the console loads with its navigation in both languages', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/console');
  const nav = page.getByRole('navigation', { name: 'Console' });
  for (const label of consoleNav.en) await expect(nav.getByRole('link', { name: label })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await switchLanguage(page, '中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const zhNav = page.getByRole('navigation', { name: '控制台导航' });
  for (const label of consoleNav['zh-CN']) await expect(zhNav.getByRole('link', { name: label })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
});

test('from the portal, the console opens without an empty page between them', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Every frame from here on: the page being left stays until the console can show.
  await page.evaluate(() => {
    const w = window as unknown as { emptyFrames: number };
    w.emptyFrames = 0;
    const look = () => {
      if (!document.getElementById('root')?.innerText.trim()) w.emptyFrames += 1;
      requestAnimationFrame(look);
    };
    look();
  });
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Account menu/ })
    .click();
  await page.getByRole('menuitem', { name: 'Console' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { emptyFrames: number }).emptyFrames)).toBe(0);
});

test.describe('at phone width (375 px)', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the portal fits and its menu opens', async ({ page }) => {
    await page.goto('/');
    await expectParticipationCards(page, 'en');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Community' }).click();
    await expect(page).toHaveURL(/\/community$/);
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('the console navbar stays out of reach until its menu is opened', async ({ page }) => {
    await signInAsOwner(page);
    await page.goto('/console');
    const nav = page.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('link', { name: 'Settings' })).not.toBeInViewport();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#console-nav')))).toBe(false);
    }

    await page.getByRole('button', { name: 'Open console menu' }).click();
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeInViewport();
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/console\/settings$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Settings' })).not.toBeInViewport();
  });
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`screenshots and accessibility in ${language}`, async ({ page }) => {
    await useStoredLanguage(page, language);
    const viewports = [
      { width: 1280, height: 800, suffix: '' },
      { width: 375, height: 812, suffix: '-375' },
    ];
    // The portal as a visitor sees it (signed out)...
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expectParticipationCards(page, language);
      await saveScreenshot(page, `portal-home-${language}${viewport.suffix}`);
      await expectNoSeriousA11yViolations(page);
    }
    // ...and the console as a signed-in owner sees it.
    await signInAsOwner(page);
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await page.goto('/console');
      await expect(page.getByRole('heading', { level: 1, name: consoleNav[language][0] })).toBeVisible();
      await saveScreenshot(page, `console-${language}${viewport.suffix}`);
      await expectNoSeriousA11yViolations(page);
    }
  });
}
