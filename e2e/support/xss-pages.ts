import { expect, type Locator, type Page } from '@playwright/test';
import { saveScreenshot } from './artifacts.js';
import { dangerousMarkup, type XssFindings } from './xss-detector.js';

/** Text every page showing the corpus contains, once the payloads are rendered as text. */
export const PAYLOAD_TEXT = '__xss(';

/**
 * Checks pages one after another and keeps every problem, so that one run names all the pages
 * where a payload ran (or left live markup), not only the first.
 */
export class PageAudit {
  readonly problems: string[] = [];
  private seenExecuted = 0;
  private seenDialogs = 0;

  constructor(private readonly findings: XssFindings) {}

  /** Notes what ran or opened since the last check, and any live markup in the page now. */
  async check(page: Page, label: string): Promise<void> {
    // An image that fails to load reports onerror a moment after the text is on screen.
    await page.waitForTimeout(150);
    const executed = this.findings.executed.slice(this.seenExecuted);
    const dialogs = this.findings.dialogs.slice(this.seenDialogs);
    this.seenExecuted = this.findings.executed.length;
    this.seenDialogs = this.findings.dialogs.length;
    for (const e of executed) this.problems.push(`${label}: payload #${String(e.id)} ran (${e.url})`);
    for (const d of dialogs) this.problems.push(`${label}: ${d.type} dialog "${d.message}" opened (${d.url})`);
    for (const markup of await dangerousMarkup(page)) this.problems.push(`${label}: ${markup}`);
  }

  /** Notes live markup in the page now, without waiting (e.g. while a tooltip is showing). */
  async markup(page: Page, label: string): Promise<void> {
    for (const markup of await dangerousMarkup(page)) this.problems.push(`${label}: ${markup}`);
  }

  /** Hovers every chart (in `within`), checking the markup of each tooltip, then checks. */
  async charts(page: Page, label: string, within: Page | Locator = page): Promise<void> {
    await hoverCharts(page, within, () => this.markup(page, `${label} (chart tooltip)`));
    await this.check(page, label);
  }

  /**
   * Opens a page, waits until the payloads are on screen as text (or `ready` is visible), runs
   * `then` (tabs, hovers), and checks. `screenshot` names a PNG saved to e2e/artifacts.
   */
  async visit(
    page: Page,
    url: string,
    options: { ready?: (page: Page) => Promise<void>; then?: (page: Page) => Promise<void>; screenshot?: string } = {},
  ): Promise<void> {
    await page.goto(url);
    if (options.ready) await options.ready(page);
    else await expect(page.getByText(PAYLOAD_TEXT).first(), `payload text on ${url}`).toBeVisible();
    await this.check(page, url);
    if (options.then) {
      await options.then(page);
      await this.check(page, `${url} (after interaction)`);
    }
    if (options.screenshot) await saveScreenshot(page, options.screenshot);
  }
}

/**
 * Moves the mouse over every chart (in `within`, or the whole page) so that their HTML tooltips
 * render the labels they hold: onto each coloured mark (bars, points, line dots, found in the
 * canvas pixels once drawn) and along the middle for charts whose tooltip follows the axis.
 * `onEach` runs after each move, while that tooltip is showing.
 */
export async function hoverCharts(
  page: Page,
  within: Page | Locator = page,
  onEach: () => Promise<void> = async () => undefined,
): Promise<void> {
  // A chart draws its canvas a moment after its frame mounts.
  for (const chart of await within.locator('div[role="img"]').all())
    await expect(chart.locator('canvas')).toBeAttached();
  for (const canvas of await within.locator('canvas').all()) {
    if (!(await canvas.isVisible())) continue;
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) continue;
    const findMarks = () =>
      canvas.evaluate((el: HTMLCanvasElement) => {
        const context = el.getContext('2d');
        if (!context) return [];
        const scale = el.width / el.clientWidth;
        const { data, width, height } = context.getImageData(0, 0, el.width, el.height);
        const cells = new Map<string, { x: number; y: number }>();
        const cell = Math.round(12 * scale);
        for (let y = 0; y < height; y += 2) {
          for (let x = 0; x < width; x += 2) {
            const i = (y * width + x) * 4;
            const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
            // Marks are saturated colours; text, axes and grid lines are greys.
            if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 90) {
              const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
              if (!cells.has(key)) cells.set(key, { x: x / scale, y: y / scale });
            }
          }
        }
        return [...cells.values()].slice(0, 10);
      });
    // Charts animate in: wait for the marks to be drawn (a chart may also have none).
    let marks = await findMarks();
    for (let tries = 0; marks.length === 0 && tries < 6; tries++) {
      await page.waitForTimeout(200);
      marks = await findMarks();
    }
    const points = [
      ...marks.map((m) => ({ x: m.x + 2, y: m.y + 2 })),
      ...[0.25, 0.5, 0.75].map((x) => ({ x: box.width * x, y: box.height / 2 })),
    ];
    for (const point of points) {
      await page.mouse.move(box.x + point.x, box.y + point.y);
      await onEach();
    }
  }
}

/** Opens each tab of the page's (first) tab list in turn, running `each` on it. */
export async function everyTab(page: Page, each: (page: Page) => Promise<void> = async () => undefined): Promise<void> {
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').getByRole('status', { name: /loading|加载/i })).toHaveCount(0);
    await each(page);
  }
}
