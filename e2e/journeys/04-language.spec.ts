import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { OWNER, signInAsOwner } from '../support/accounts.js';
import { saveScreenshot } from '../support/artifacts.js';
import { switchLanguage } from '../support/language.js';
import { expect, test } from '../support/test.js';

test.use({ locale: 'en-US' });

const text = {
  en: {
    home: "Welcome — let's create value together",
    overview: 'Overview',
    nav: 'Console',
    members: 'Members',
    settings: 'Settings',
    menu: `Account menu for ${OWNER.displayName}`,
  },
  'zh-CN': {
    home: '欢迎参与，一起共创价值',
    overview: '概览',
    nav: '控制台导航',
    members: '成员',
    settings: '设置',
    menu: `${OWNER.displayName} 的账号菜单`,
  },
} as const;

test('switching language flips portal and console text, and persists after reload', async ({ page }) => {
  await signInAsOwner(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: text.en.home })).toBeVisible();
  await expect(page.getByRole('button', { name: text.en.menu })).toBeVisible();

  await switchLanguage(page, '中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: text['zh-CN'].home })).toBeVisible();
  await expect(page.getByRole('button', { name: text['zh-CN'].menu })).toBeVisible();

  // The account menu leads to the console, which is Chinese too.
  await page.getByRole('button', { name: text['zh-CN'].menu }).click();
  await page.getByRole('menuitem', { name: '管理控制台' }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole('heading', { level: 1, name: text['zh-CN'].overview })).toBeVisible();
  const zhNav = page.getByRole('navigation', { name: text['zh-CN'].nav });
  await expect(zhNav.getByRole('link', { name: text['zh-CN'].members })).toBeVisible();

  // After a reload the choice holds, in the console and the portal.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: text['zh-CN'].overview })).toBeVisible();
  await zhNav.getByRole('link', { name: text['zh-CN'].settings }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '服务时间' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: text['zh-CN'].home })).toBeVisible();

  // Signed in, the choice is kept on the account too (mail follows it).
  await expect
    .poll(
      async () => ((await (await page.request.get('/api/v1/me')).json()) as { user: { locale: string } }).user.locale,
    )
    .toBe('zh-CN');

  // And back to English from the console.
  await page.goto('/console');
  await switchLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1, name: text.en.overview })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('navigation', { name: text.en.nav }).getByRole('link', { name: text.en.members }),
  ).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: text.en.home })).toBeVisible();
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`signed-in screenshots and accessibility in ${language}`, async ({ page }) => {
    await page.addInitScript((lang) => localStorage.setItem('cocreate.lang', lang), language);
    await signInAsOwner(page);
    for (const viewport of [
      { width: 1280, height: 800, suffix: '' },
      { width: 375, height: 812, suffix: '-375' },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: text[language].home })).toBeVisible();
      await expect(page.getByRole('button', { name: text[language].menu })).toBeVisible();
      await saveScreenshot(page, `portal-home-signed-in-${language}${viewport.suffix}`);

      for (const [path, name] of [
        ['/console/members', 'members'],
        ['/console/settings', 'settings'],
        ['/console/api-keys', 'api-keys'],
        ['/console/audit-log', 'audit-log'],
        ['/profile', 'profile'],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('status', { name: /Loading|加载中/ })).toHaveCount(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
        await saveScreenshot(
          page,
          `${name === 'profile' ? 'profile' : `console-${name}`}-${language}${viewport.suffix}`,
        );
        if (viewport.suffix === '') await expectNoSeriousA11yViolations(page);
      }
    }
  });
}
