import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './api';

function stubFetch(response: Response) {
  const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('reads JSON from /api/v1 with credentials and no write header', async () => {
    const fetchMock = stubFetch(json({ ok: true }));
    await expect(api.get('/ideas', { query: { q: '噪音', page: 2, empty: undefined } })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/ideas?q=%E5%99%AA%E9%9F%B3&page=2');
    expect(init.credentials).toBe('include');
    expect(init.headers).not.toHaveProperty('x-requested-with');
  });

  it('sends writes as JSON with the x-requested-with header', async () => {
    const fetchMock = stubFetch(new Response(null, { status: 204 }));
    await expect(api.post('/ideas', { title: '静音模式' })).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ title: '静音模式' }));
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'x-requested-with': 'cocreate' });
  });

  it('throws ApiError carrying the problem+json fields', async () => {
    const problem = {
      type: 'https://example.com/problems/validation',
      title: 'Invalid request',
      status: 422,
      detail: 'The idea needs a title.',
      code: 'validation_failed',
      errors: [{ field: 'title', message: 'Required' }],
    };
    stubFetch(json(problem, 422, 'application/problem+json'));
    const error = await api.post('/ideas', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject(problem);
  });

  it('turns a non-JSON failure and a network failure into ApiError', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.get('/ideas')).rejects.toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });

    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(api.get('/ideas')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
