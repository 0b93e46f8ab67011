// Puts the payload corpus into every field people type text into, through the API (fast), as the
// people who would type it: customers, a staff member, the owner. Returns what the pages need.
import { expect, type APIRequestContext } from '@playwright/test';
import { OWNER, WRITE_HEADERS } from './accounts.js';
import { linkIn, waitForMail } from './mail.js';
import { CORPUS, fit, pieces, shortPayloads } from './xss-corpus.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One API call that must succeed; returns the JSON body. */
export async function call<T = Record<string, unknown>>(
  request: APIRequestContext,
  method: Method,
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(`/api/v1${url}`, {
    method,
    headers: WRITE_HEADERS,
    ...(data === undefined ? {} : { data }),
  });
  const body = await response.text();
  expect(response.ok(), `${method} ${url} -> ${response.status()} ${body}`).toBe(true);
  return (body ? JSON.parse(body) : {}) as T;
}

/** Retries a read until `done` says its answer is complete (work done by subscribers after commit). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeout = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface People {
  owner: APIRequestContext;
  staff: APIRequestContext;
  customer: APIRequestContext;
  other: APIRequestContext;
  customerEmail: string;
  otherEmail: string;
}

export interface Seeded {
  boardSlug: string;
  ideaIds: string[];
  shippedIdeaId: string;
  surveyId: string;
  surveySlug: string;
  caseId: string;
  recordedCaseId: string;
  ratedCaseId: string;
  /** Puts back the workspace-wide settings the corpus replaced, so later runs see the usual names. */
  restore: () => Promise<void>;
}

const later = (days: number, hour: number) => new Date(Date.UTC(2030, 0, days, hour)).toISOString();

/** Invites a staff member (admin) whose display name is a payload; signs them in on `request`. */
export async function inviteStaff(
  owner: APIRequestContext,
  request: APIRequestContext,
  baseURL: string,
  suffix: string,
): Promise<void> {
  const email = `xss-staff-${suffix}@haier.example`;
  await call(owner, 'POST', '/invitations', { email, role: 'admin' });
  const mail = await waitForMail(email, /./);
  const token = new URL(linkIn(mail, `${baseURL}/console/accept-invitation?token=`)).searchParams.get('token');
  await call(request, 'POST', '/invitations/accept', {
    token,
    displayName: fit(80, 0),
    password: 'staff-password-2026',
  });
}

/** Signs a customer up whose display name is a payload; returns their address. */
export async function signUpPayloadCustomer(request: APIRequestContext, name: string, suffix: string): Promise<string> {
  const email = `xss-${name}-${suffix}@example.com`;
  const password = 'customer-password-1';
  await call(request, 'POST', '/auth/sign-up', {
    email,
    password,
    displayName: fit(80, name.length * 7),
    locale: 'en',
  });
  // Signing up may or may not sign the customer in; signing in with the password always does.
  await call(request, 'POST', '/auth/sign-in', { email, password });
  return email;
}

export async function signInOwner(request: APIRequestContext): Promise<void> {
  await call(request, 'POST', '/auth/sign-in', { email: OWNER.email, password: OWNER.password });
}

async function seedWorkspace(p: People): Promise<() => Promise<void>> {
  const workspace = await call<{ name: string }>(p.owner, 'GET', '/workspace');
  const statuses = await call<{ items: { key: string; stage: string; names: Record<string, string> }[] }>(
    p.staff,
    'GET',
    '/idea-statuses',
  );
  const settings = await call<{ remedyMenu: { key: string; labelEn: string; labelZh: string }[] }>(
    p.staff,
    'GET',
    '/cases/settings',
  );
  await call(p.owner, 'PATCH', '/workspace', { name: fit(80, 20) });
  await call(p.owner, 'POST', '/api-keys', { name: fit(80, 25), scopes: ['read'] });
  await call(p.staff, 'PUT', '/idea-statuses', {
    items: statuses.items.map((s, i) => ({
      key: s.key,
      stage: s.stage,
      names: { 'zh-CN': fit(40, i * 3), en: fit(40, i * 3 + 1) },
    })),
  });
  await call(p.staff, 'PUT', '/cases/settings', {
    ...settings,
    remedyMenu: settings.remedyMenu.map((m, i) => ({ ...m, labelEn: fit(80, i * 2), labelZh: fit(80, i * 2 + 1) })),
    externalRecourse: CORPUS,
  });
  return async () => {
    await call(p.owner, 'PATCH', '/workspace', { name: workspace.name });
    await call(p.staff, 'PUT', '/idea-statuses', { items: statuses.items });
    await call(p.staff, 'PUT', '/cases/settings', settings);
  };
}

async function seedIdeas(p: People, suffix: string) {
  const boardSlug = `xss-${suffix}`;
  const tags = shortPayloads(30);
  await call(p.staff, 'POST', '/idea-boards', {
    slug: boardSlug,
    name: fit(80, 3),
    description: CORPUS,
    tags,
    premoderation: 'off',
    thresholdSupporters: 1,
    answerDays: 14,
  });
  const ideaIds: string[] = [];
  for (const [i, title] of pieces(140).entries()) {
    const idea = await call<{ id: string }>(p.customer, 'POST', '/ideas', {
      board: boardSlug,
      title,
      body: CORPUS,
      tags: [tags[i % tags.length], tags[(i + 1) % tags.length]],
    });
    ideaIds.push(idea.id);
  }
  const [shipped, planned] = ideaIds as [string, string];
  await call(p.other, 'PUT', `/ideas/${shipped}/vote`, {});
  await call(p.customer, 'PUT', `/ideas/${shipped}/follow`, {});
  const comment = await call<{ id: string }>(p.other, 'POST', `/ideas/${shipped}/comments`, { body: CORPUS });
  await call(p.customer, 'POST', `/ideas/${shipped}/comments`, { body: CORPUS, parentId: comment.id });
  await call(p.customer, 'POST', `/idea-comments/${comment.id}/reports`, { reason: fit(500, 7) });
  await call(p.staff, 'POST', `/ideas/${shipped}/comments`, { body: CORPUS });
  await call(p.staff, 'PUT', `/ideas/${shipped}/answer`, { body: CORPUS });
  await call(p.staff, 'POST', `/ideas/${shipped}/status`, { status: 'shipped', note: CORPUS });
  await call(p.staff, 'POST', `/ideas/${planned}/status`, { status: 'planned', note: fit(2000, 9) });
  await call(p.staff, 'PUT', `/ideas/${planned}/answer`, { body: fit(2000, 13) });
  await call(p.staff, 'POST', `/ideas/${planned}/votes-on-behalf`, {
    customerEmail: p.otherEmail,
    reason: fit(500, 15),
  });
  return { boardSlug, ideaIds, shippedIdeaId: shipped };
}

const both = (from: number, max = 300) => ({ en: fit(max, from), 'zh-CN': fit(max, from + 1) });
const choices = (from: number) => [
  { id: 'a', label: both(from, 120) },
  { id: 'b', label: both(from + 2, 120) },
  { id: 'c', label: both(from + 4, 120) },
];

async function seedSurvey(p: People, suffix: string, anonymous: APIRequestContext) {
  const surveySlug = `xss-${suffix}`;
  const survey = await call<{ id: string }>(p.staff, 'POST', '/surveys', {
    slug: surveySlug,
    title: both(0, 200),
    welcome: { en: CORPUS, 'zh-CN': CORPUS },
    thanks: both(5, 2000),
    questions: [
      { id: 'pick', type: 'single', title: both(2), choices: choices(3) },
      { id: 'many', type: 'multiple', title: both(8), choices: choices(9) },
      // The KANO chart's tooltip shows the feature (the question's title): the whole corpus.
      {
        id: 'kano',
        type: 'kano',
        title: { en: CORPUS, 'zh-CN': CORPUS },
        kano: { functional: both(16), dysfunctional: both(18) },
      },
      { id: 'nps', type: 'nps', title: both(20) },
      { id: 'why', type: 'text', title: both(22) },
    ],
  });
  await call(p.staff, 'POST', `/surveys/${survey.id}/status`, { status: 'open' });
  const answer = async (request: APIRequestContext, answers: Record<string, unknown>) => {
    const opened = await call<{ id: string; token: string }>(request, 'POST', `/s/${surveySlug}/responses`, {
      channel: 'link',
      locale: 'en',
    });
    await call(request, 'PUT', `/survey-responses/${opened.id}`, { token: opened.token, answers, complete: true });
  };
  await answer(p.customer, {
    pick: 'a',
    many: ['a', 'c'],
    kano: { functional: 1, dysfunctional: 5 },
    nps: 2,
    why: CORPUS,
  });
  await answer(p.other, {
    pick: 'b',
    many: ['b'],
    kano: { functional: 2, dysfunctional: 4 },
    nps: 9,
    why: fit(2000, 21),
  });
  await answer(anonymous, {
    pick: 'c',
    many: ['a'],
    kano: { functional: 1, dysfunctional: 4 },
    nps: 5,
    why: fit(2000, 30),
  });
  const followups = await eventually(
    () => call<{ items: { id: string }[] }>(p.staff, 'GET', `/survey-followups?surveyId=${survey.id}`),
    (page) => page.items.length >= 2,
    'the detractor follow-ups',
  );
  const me = await call<{ user: { id: string } }>(p.staff, 'GET', '/me');
  for (const f of followups.items)
    await call(p.staff, 'PATCH', `/survey-followups/${f.id}`, { assigneeId: me.user.id, note: CORPUS });
  await eventually(
    () => call<{ completedCount: number }>(p.staff, 'GET', `/surveys/${survey.id}`),
    (s) => s.completedCount === 3,
    'the three completed responses',
  );
  return { surveyId: survey.id, surveySlug };
}

async function seedCases(p: People, ideaId: string) {
  const me = await call<{ user: { id: string } }>(p.staff, 'GET', '/me');
  const team = await call<{ id: string }>(p.staff, 'POST', '/case-teams', {
    name: fit(80, 11),
    assignment: 'manual',
    memberIds: [me.user.id],
  });
  const assign = (caseId: string) =>
    call(p.staff, 'POST', `/cases/${caseId}/assignment`, { teamId: team.id, assigneeId: me.user.id });
  const root = await call<{ id: string }>(p.staff, 'POST', '/case-root-causes', { name: fit(80, 8) });
  const cause = await call<{ id: string }>(p.staff, 'POST', '/case-root-causes', {
    name: fit(80, 9),
    parentId: root.id,
  });
  await call(p.staff, 'POST', '/case-macros', { name: fit(80, 10), body: CORPUS });
  const settings = await call<{ remedyMenu: { key: string }[] }>(p.staff, 'GET', '/cases/settings');
  const [first, second] = settings.remedyMenu.map((m) => m.key) as [string, string];
  const file = (from: number) =>
    call<{ id: string }>(p.customer, 'POST', '/my/cases', {
      type: 'complaint',
      subject: fit(200, from),
      description: CORPUS,
      product: fit(120, from + 1),
      model: fit(120, from + 2),
      serialNumber: fit(120, from + 3),
      requestedRemedy: fit(500, from + 4),
    });

  // The main case: a conversation, a declined offer, a second offer on the table, an escalation.
  const main = await file(0);
  await assign(main.id);
  await call(p.staff, 'POST', `/cases/${main.id}/messages`, { body: CORPUS });
  await call(p.staff, 'POST', `/cases/${main.id}/messages`, { body: CORPUS, internal: true });
  await call(p.customer, 'POST', `/my/cases/${main.id}/messages`, { body: CORPUS });
  const slots = [{ startsAt: later(2, 1), endsAt: later(2, 3) }];
  const offered = await call<{ offers: { id: string }[] }>(p.staff, 'POST', `/cases/${main.id}/offers`, {
    offers: [{ remedy: first, terms: CORPUS, slots }],
    message: fit(2000, 5),
  });
  expect(offered.offers.length).toBeGreaterThan(0);
  await call(p.customer, 'POST', `/my/cases/${main.id}/decision`, { accept: false, reason: fit(2000, 6) });
  await call(p.staff, 'POST', `/cases/${main.id}/offers`, {
    offers: [
      { remedy: first, terms: fit(2000, 12), slots },
      { remedy: second, terms: CORPUS, slots: [] },
    ],
    message: CORPUS,
  });
  await call(p.staff, 'PATCH', `/cases/${main.id}`, { rootCauseId: cause.id, product: fit(120, 17) });
  await call(p.staff, 'POST', `/cases/${main.id}/idea-link`, { ideaId, title: fit(200, 19) });
  await call(p.customer, 'POST', `/my/cases/${main.id}/escalation`, { reason: fit(2000, 23) });

  // Recorded by an agent from a phone call, for a customer whose name is a payload; resolved.
  const recorded = await call<{ id: string }>(p.staff, 'POST', '/cases', {
    type: 'repair',
    channel: 'phone',
    subject: fit(200, 27),
    description: CORPUS,
    customer: { email: `xss-phone-${Date.now()}@example.com`, name: fit(80, 29) },
  });
  await assign(recorded.id);
  await call(p.staff, 'POST', `/cases/${recorded.id}/resolution`, { note: CORPUS, rootCauseId: cause.id });

  // Resolved and rated by the customer.
  const rated = await file(31);
  await assign(rated.id);
  await call(p.staff, 'POST', `/cases/${rated.id}/resolution`, { note: fit(5000, 33), rootCauseId: cause.id });
  await call(p.customer, 'POST', `/my/cases/${rated.id}/rating`, { score: 1, comment: fit(2000, 35) });
  return { caseId: main.id, recordedCaseId: recorded.id, ratedCaseId: rated.id };
}

/** Writes the corpus into every user-text field; the owner, staff member and customers must exist. */
export async function seedCorpus(p: People, anonymous: APIRequestContext, suffix: string): Promise<Seeded> {
  const restore = await seedWorkspace(p);
  const ideas = await seedIdeas(p, suffix);
  const survey = await seedSurvey(p, suffix, anonymous);
  const cases = await seedCases(p, ideas.shippedIdeaId);
  return { ...ideas, ...survey, ...cases, restore };
}
