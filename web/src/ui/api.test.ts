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
    await expect(api.get('/ideas', { query: { q: '噪音', limit: 2, tag: undefined } })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/ideas?q=%E5%99%AA%E9%9F%B3&limit=2');
    expect(init.credentials).toBe('include');
    expect(init.headers).not.toHaveProperty('x-requested-with');
  });

  it('sends writes as JSON with the x-requested-with header', async () => {
    const fetchMock = stubFetch(new Response(null, { status: 204 }));
    await expect(api.post('/ideas', { board: 'app', title: '静音模式' })).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ board: 'app', title: '静音模式' }));
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
    const error = await api.post('/ideas', { board: 'app', title: '' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject(problem);
  });

  it("fills the path's parameters, encoded", async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => json({}));
    vi.stubGlobal('fetch', fetchMock);
    await api.get('/idea-boards/{id}', { params: { id: '洗衣机/app' } });
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/v1/idea-boards/%E6%B4%97%E8%A1%A3%E6%9C%BA%2Fapp');
    await api.patch('/ideas/{id}', { title: '静音' }, { params: { id: 'abc' } });
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/v1/ideas/abc');
  });

  it('refuses, in types and at run time, a call the OpenAPI document does not allow', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({})),
    );
    // @ts-expect-error the path needs its id
    await expect(api.get('/ideas/{id}')).rejects.toThrow('/ideas/{id} needs the parameter id');
    // @ts-expect-error no such path
    await expect(api.get('/no-such-route')).resolves.toEqual({});
    // @ts-expect-error an idea needs its board (the server, not the client, checks bodies at run time)
    await expect(api.post('/ideas', { title: '静音' })).resolves.toEqual({});
  });

  it('uploads a file as multipart with the write header, leaving the content type to the browser', async () => {
    const fetchMock = stubFetch(
      json({ id: 'f1', url: '/api/v1/files/f1', contentType: 'image/png', size: 3, width: 1, height: 1 }, 201),
    );
    const file = new Blob(['png'], { type: 'image/png' });
    await expect(api.upload('/files', file, { query: { purpose: 'idea_image' } })).resolves.toMatchObject({ id: 'f1' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/files?purpose=idea_image');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(init.headers).toMatchObject({ 'x-requested-with': 'cocreate' });
    expect(init.headers).not.toHaveProperty('content-type');
    expect(init.body).toBeInstanceOf(FormData);
    expect((init.body as FormData).get('file')).toBeInstanceOf(Blob);
  });

  it('turns a non-JSON failure and a network failure into ApiError', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.get('/ideas')).rejects.toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });

    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(api.get('/ideas')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});
