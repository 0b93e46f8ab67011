import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch } from '../http/hot-reads.js';
import { HotReadCache } from './hot-read-cache.js';

const WS = '0190a000-0000-7000-8000-000000000001';
const OTHER = '0190a000-0000-7000-8000-000000000002';

function counting(cache: HotReadCache) {
  let computed = 0;
  const read = (ws: string, area: string, key: string, value = `v${computed + 1}`) =>
    cache.read(
      ws,
      area,
      key,
      async () => {
        computed++;
        return value;
      },
      (v) => v.length,
    );
  return { read, computed: () => computed };
}

function cacheWithIdeas() {
  const cache = new HotReadCache({ maxBytes: 1_000_000, ttlMs: 60_000 });
  cache.defineArea('ideas', (a) => a.topic === 'event' && (a.name ?? '').startsWith('ideas.'));
  cache.defineArea('surveys', (a) => a.topic === 'event' && (a.name ?? '').startsWith('surveys.'));
  return cache;
}

describe('hot read cache', () => {
  it('computes once and serves the same value until an announcement of its area and workspace', async () => {
    const cache = cacheWithIdeas();
    const { read, computed } = counting(cache);
    expect(await read(WS, 'ideas', 'list')).toEqual({ value: 'v1', hit: false });
    expect(await read(WS, 'ideas', 'list')).toEqual({ value: 'v1', hit: true });
    await read(WS, 'surveys', 's');
    await read(OTHER, 'ideas', 'list');
    expect(computed()).toBe(3);

    cache.hear({ topic: 'event', name: 'ideas.vote.cast', workspaceId: WS, payload: null });
    expect(await read(WS, 'ideas', 'list')).toEqual({ value: 'v4', hit: false });
    // Other areas and other workspaces keep theirs.
    expect((await read(WS, 'surveys', 's')).hit).toBe(true);
    expect((await read(OTHER, 'ideas', 'list')).hit).toBe(true);

    cache.hear({ topic: 'session_ended', workspaceId: WS, key: 'x' });
    expect((await read(WS, 'ideas', 'list')).hit).toBe(true);
  });

  it('drops everything on reset', async () => {
    const cache = cacheWithIdeas();
    const { read } = counting(cache);
    await read(WS, 'ideas', 'list');
    await read(OTHER, 'surveys', 's');
    cache.hear({ topic: 'reset', workspaceId: null });
    expect((await read(WS, 'ideas', 'list')).hit).toBe(false);
    expect((await read(OTHER, 'surveys', 's')).hit).toBe(false);
  });

  it('drops an area in every workspace on an announcement that names none', async () => {
    const cache = cacheWithIdeas();
    const { read } = counting(cache);
    await read(WS, 'ideas', 'list');
    await read(OTHER, 'ideas', 'list');
    await read(WS, 'surveys', 's');
    cache.hear({ topic: 'event', name: 'ideas.statuses.renamed', workspaceId: null, payload: null });
    expect((await read(WS, 'ideas', 'list')).hit).toBe(false);
    expect((await read(OTHER, 'ideas', 'list')).hit).toBe(false);
    expect((await read(WS, 'surveys', 's')).hit).toBe(true);
  });

  it('does not keep a value whose computation began before a change and ended after its announcement', async () => {
    const cache = cacheWithIdeas();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = cache.read(
      WS,
      'ideas',
      'list',
      async () => {
        await gate;
        return 'before the vote';
      },
      (v) => v.length,
    );
    cache.hear({ topic: 'event', name: 'ideas.vote.cast', workspaceId: WS, payload: null });
    release();
    expect((await slow).value).toBe('before the vote');
    expect(cache.stats.discarded).toBe(1);
    const { read } = counting(cache);
    expect(await read(WS, 'ideas', 'list', 'after the vote')).toEqual({ value: 'after the vote', hit: false });
    expect(await read(WS, 'ideas', 'list')).toEqual({ value: 'after the vote', hit: true });
  });

  it('neither serves nor keeps a value whose key was worked out before a change', async () => {
    const cache = cacheWithIdeas();
    const { read } = counting(cache);
    await read(WS, 'ideas', 'public', 'board still public');
    // A request takes the stamp, reads who may see what (the board is public)…
    const since = cache.stamp(WS, 'ideas');
    // …the board turns private meanwhile…
    cache.hear({ topic: 'event', name: 'ideas.board.changed', workspaceId: WS, payload: null });
    // …and the body it computes with that out-of-date scope is served to it once, never kept.
    const stale = await cache.read(
      WS,
      'ideas',
      'public',
      async () => 'with the private board',
      (v) => v.length,
      since,
    );
    expect(stale).toEqual({ value: 'with the private board', hit: false });
    expect(await read(WS, 'ideas', 'public', 'without it')).toEqual({ value: 'without it', hit: false });
    // With a current stamp it reads from memory as usual.
    const now = cache.stamp(WS, 'ideas');
    expect(
      await cache.read(
        WS,
        'ideas',
        'public',
        async () => 'unused',
        (v) => v.length,
        now,
      ),
    ).toEqual({
      value: 'without it',
      hit: true,
    });
  });

  it('computes a miss once for all the requests waiting on it', async () => {
    const cache = cacheWithIdeas();
    const { read, computed } = counting(cache);
    const results = await Promise.all([read(WS, 'ideas', 'k'), read(WS, 'ideas', 'k'), read(WS, 'ideas', 'k')]);
    expect(computed()).toBe(1);
    expect(results.map((r) => r.value)).toEqual(['v1', 'v1', 'v1']);
  });

  it('does not keep a failed computation', async () => {
    const cache = cacheWithIdeas();
    const failing = () =>
      cache.read(
        WS,
        'ideas',
        'k',
        async () => {
          throw new Error('not found');
        },
        () => 1,
      );
    await expect(failing()).rejects.toThrow('not found');
    await expect(failing()).rejects.toThrow('not found');
  });

  it('computes every time when turned off', async () => {
    const cache = new HotReadCache({ maxBytes: 0, ttlMs: 60_000 });
    const { read, computed } = counting(cache);
    await read(WS, 'ideas', 'k');
    await read(WS, 'ideas', 'k');
    expect(computed()).toBe(2);
    expect(cache.enabled).toBe(false);
  });

  it('matches If-None-Match weakly, in lists, and *', () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abcd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"abc"')).toBe(false);
  });
});
