import path from 'node:path';
import type { Page } from '@playwright/test';

const artifactsDir = path.join(import.meta.dirname, '..', 'artifacts');

/** Saves a full-page screenshot to e2e/artifacts/<name>.png once web fonts have loaded. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}
