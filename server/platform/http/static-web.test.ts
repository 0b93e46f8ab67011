import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { testConfig } from '../../test-support/app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import type { FastifyInstance } from 'fastify';

let database: TestDatabase;
let app: FastifyInstance;
let webRoot: string;
beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Cocreate</title>');
  fs.writeFileSync(path.join(webRoot, 'assets', 'app-1.js'), 'console.log(1)');
  database = await createTestDatabase();
  app = await buildApp({ config: testConfig(), database, modules: [], webRoot });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('serving the web app', () => {
  it('serves index.html at / and for app paths, uncached', async () => {
    for (const url of ['/', '/ideas/123', '/console/settings']) {
      const res = await app.inject({ url });
      expect(`${url} ${res.statusCode} ${res.body}`).toBe(`${url} 200 <!doctype html><title>Cocreate</title>`);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year, including ones built after start', async () => {
    fs.writeFileSync(path.join(webRoot, 'assets', 'app-2.js'), 'console.log(2)');
    const res = await app.inject({ url: '/assets/app-2.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers unknown API paths with problem+json, not the app, however they are spelt', async () => {
    for (const url of ['/api/v1/nope', '/api', '/%61pi/v1/nope', '/API/v1/nope', '/api/v1/healthz']) {
      const res = await app.inject({ url });
      expect(`${url} ${res.headers['content-type']}`).toBe(`${url} application/problem+json; charset=utf-8`);
      expect({ url, ...res.json() }).toMatchObject({ url, status: 404, code: 'not_found' });
    }
    // The file server refuses a path that starts with two slashes outright.
    const doubled = await app.inject({ url: '//api/v1/nope' });
    expect(doubled.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(doubled.json()).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it("sends the build's Brotli or gzip copy to a client that accepts it, and says the answer varies", async () => {
    const script = `console.log(${JSON.stringify('共创 '.repeat(400))})`;
    fs.writeFileSync(path.join(webRoot, 'assets', 'big-1.js'), script);
    fs.writeFileSync(path.join(webRoot, 'assets', 'big-1.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(webRoot, 'assets', 'big-1.js.gz'), zlib.gzipSync(script));
    const fetchWith = (acceptEncoding?: string) =>
      app.inject({ url: '/assets/big-1.js', headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

    const br = await fetchWith('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gzip = await fetchWith('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await fetchWith();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const res of [br, gzip, plain]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toContain('immutable');
    }
    // A file the build left uncompressed (too small to gain) is sent as it is.
    const small = await app.inject({ url: '/assets/app-1.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toBe('console.log(1)');
  });

  it('sends a compressed index.html uncached, at / and for app paths alike', async () => {
    const html = fs.readFileSync(path.join(webRoot, 'index.html'));
    fs.writeFileSync(path.join(webRoot, 'index.html.gz'), zlib.gzipSync(html));
    try {
      for (const url of ['/', '/ideas/123']) {
        const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
        expect(`${url} ${res.statusCode} ${res.headers['content-encoding']}`).toBe(`${url} 200 gzip`);
        expect(zlib.gunzipSync(res.rawPayload).toString()).toBe(html.toString());
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.headers['cache-control']).toBe('no-cache');
      }
    } finally {
      fs.rmSync(path.join(webRoot, 'index.html.gz'));
    }
  });

  it('serves the app and its files to anyone: the static routes are declared public', async () => {
    const res = await app.inject({ url: '/assets/app-1.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(1)');
  });
});
