import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The server refuses cookie-borne writes without this header (CSRF guard). */
export const WRITE_HEADERS = { 'x-requested-with': 'cocreate' } as const;

/** The workspace and owner that first-run setup creates (01-setup does it through the UI). */
export const WORKSPACE = {
  name: '海尔共创',
  slug: 'haier',
  defaultLocale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
} as const;
export const OWNER = { displayName: '王经理', email: 'owner@haier.example', password: 'owner-password-2026' } as const;

/**
 * Sets Cocreate up through the API unless that already happened (lets any file run on its own).
 * Setting up signs the owner in on `request`, so pass a context whose cookies do not matter.
 */
export async function ensureSetUp(request: APIRequestContext): Promise<void> {
  const site = (await (await request.get('/api/v1/site')).json()) as { setupNeeded: boolean };
  if (!site.setupNeeded) return;
  const response = await request.post('/api/v1/setup', {
    headers: WRITE_HEADERS,
    data: { workspace: WORKSPACE, owner: OWNER },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** Signs the page's browser context in as the owner (the cookie lands in the context). */
export async function signInAsOwner(page: Page): Promise<void> {
  await ensureSetUp(page.request);
  const response = await page.request.post('/api/v1/auth/sign-in', {
    headers: WRITE_HEADERS,
    data: { email: OWNER.email, password: OWNER.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs up a customer through the API and signs them in, in the page's context; returns their address. */
export async function signUpCustomer(page: Page, displayName: string, prefix = 'customer'): Promise<string> {
  await ensureSetUp(page.request);
  const email = `${prefix}-${Date.now()}@example.com`;
  const data = { email, password: 'customer-password-1' };
  const response = await page.request.post('/api/v1/auth/sign-up', {
    headers: WRITE_HEADERS,
    data: { ...data, displayName, locale: 'en' },
  });
  expect(response.status(), await response.text()).toBe(202);
  // Sign-up signs no one in (its answer must not differ for a registered address).
  const signedIn = await page.request.post('/api/v1/auth/sign-in', { headers: WRITE_HEADERS, data });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  return email;
}
