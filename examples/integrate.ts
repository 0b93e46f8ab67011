/**
 * An integrator's program against the Cocreate REST API, typed end to end from the OpenAPI
 * document with openapi-typescript and openapi-fetch — the way a brand's own back office would
 * call it. It lists the most-voted ideas, files a case for a customer (safely retried with an
 * Idempotency-Key), creates an NPS survey, and pages through its responses.
 *
 *   npx openapi-typescript https://feedback.example.com/api/v1/openapi.json -o cocreate.d.ts
 *   COCREATE_URL=https://feedback.example.com COCREATE_API_KEY=cc_… npx tsx examples/integrate.ts
 *
 * This repository's copy of the generated types is web/src/api/schema.d.ts (`npm run generate:api`);
 * `npm run typecheck` checks this file against it, so the example cannot drift from the API.
 */
import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { components, paths } from '../web/src/api/schema.js';

type Problem = components['schemas']['Problem'];

const baseUrl = process.env.COCREATE_URL ?? 'http://localhost:3000';
const apiKey = process.env.COCREATE_API_KEY;
if (!apiKey)
  throw new Error('Set COCREATE_API_KEY to an API key with the write scope (console → Settings → API keys).');

/**
 * Waits as the server says when the rate limit is reached, then tries again. Each attempt sends a
 * copy of the request: a body once sent cannot be sent again. (A refused request claimed no
 * Idempotency-Key, so the retry runs as the first attempt would have.)
 */
async function fetchWaitingOnRateLimit(request: Request): Promise<Response> {
  for (;;) {
    const response = await fetch(request.clone());
    if (response.status !== 429) return response;
    const seconds = Number(response.headers.get('retry-after') ?? '1');
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

const cocreate = createClient<paths>({
  baseUrl,
  headers: { authorization: `Bearer ${apiKey}` },
  fetch: fetchWaitingOnRateLimit,
});

/** Every error is RFC 9457 problem+json with a stable `code`: switch on it, show `detail`. */
function fail(what: string, problem: Problem): never {
  const fields = problem.errors?.map((e) => `${e.field} ${e.message}`).join('; ');
  throw new Error(`${what}: ${problem.status} ${problem.code} — ${problem.detail}${fields ? ` (${fields})` : ''}`);
}

async function topIdeas(): Promise<void> {
  const { data, error } = await cocreate.GET('/api/v1/ideas', { params: { query: { sort: 'top', limit: 5 } } });
  if (error) fail('listIdeas', error);
  for (const idea of data.items) console.log(`${idea.voteCount.toString().padStart(5)}  ${idea.title}`);
}

async function fileCase(): Promise<string> {
  // One key per operation, reused by its retries: a retry after a timeout files no second case.
  const idempotencyKey = randomUUID();
  const body = {
    type: 'repair' as const,
    subject: 'Washing machine leaks',
    description: 'Water under the machine after every wash since Monday.',
    product: 'WM-9000',
    channel: 'phone' as const,
    customer: { email: 'li.lei@example.com', name: 'Li Lei' },
  };
  for (let attempt = 1; ; attempt++) {
    const { data, error, response } = await cocreate.POST('/api/v1/cases', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
    });
    if (data) {
      const replayed = response.headers.get('idempotent-replayed') === 'true';
      console.log(`case ${data.number} at ${response.headers.get('location')}${replayed ? ' (filed earlier)' : ''}`);
      return data.id;
    }
    // Another attempt with the same key is still running: wait for its answer.
    if (error.code === 'idempotency_request_in_progress' && attempt < 5) continue;
    fail('createCase', error);
  }
}

async function createSurvey(): Promise<string> {
  const { data, error } = await cocreate.POST('/api/v1/surveys', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: {
      slug: `after-repair-${Date.now()}`,
      title: { en: 'How was your repair?', 'zh-CN': '维修体验如何？' },
      welcome: { en: 'Two questions, one minute.', 'zh-CN': '两个问题，一分钟。' },
      thanks: { en: 'Thank you!', 'zh-CN': '谢谢！' },
      questions: [
        {
          id: 'nps',
          type: 'nps',
          required: true,
          title: { en: 'How likely are you to recommend us?', 'zh-CN': '您向朋友推荐我们的可能性有多大？' },
        },
        {
          id: 'why',
          type: 'text',
          title: { en: 'What is the main reason for your score?', 'zh-CN': '您打这个分数的主要原因是？' },
        },
      ],
      triggerEvents: ['cases.case.resolved'],
    },
  });
  if (error) fail('createSurvey', error);
  console.log(`survey ${data.id}: ${data.publicPath}`);
  return data.id;
}

/** Lists are cursor-paginated: pass `nextCursor` back as `cursor` until it is null. */
async function allResponses(surveyId: string): Promise<number> {
  let cursor: string | undefined;
  let count = 0;
  do {
    const { data, error } = await cocreate.GET('/api/v1/surveys/{id}/responses', {
      params: { path: { id: surveyId }, query: { limit: 100, cursor } },
    });
    if (error) fail('listSurveyResponses', error);
    count += data.items.length;
    for (const response of data.items) console.log(`${response.completedAt}  ${JSON.stringify(response.answers)}`);
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  return count;
}

await topIdeas();
await fileCase();
const surveyId = await createSurvey();
console.log(`${await allResponses(surveyId)} responses so far`);
