import { LRUCache } from 'lru-cache';
import type { Announcement } from '../broadcast/index.js';

/** Whether an announcement makes an area's cached values of the announcement's workspace out of date. */
export type StaleWhen = (announcement: Announcement) => boolean;

export interface HotReadCacheOptions {
  /** Memory for values (as `sizeOf` estimates it); 0 turns the cache off: every read computes. */
  maxBytes: number;
  /** The longest a value is served, changed or not. */
  ttlMs: number;
}

interface Entry {
  value: unknown;
  stamp: number;
  size: number;
}

const SEP = '\u0000';

/**
 * Values computed from the database (serialized response bodies, a workspace's settings), kept in
 * this process's memory per workspace and **area** (a module's share: `ideas`, `surveys`) until an
 * announcement says they changed. Every drop gives the workspace's area a new stamp; a value is
 * stored only if the stamp did not move while it was computed, so a read that began before a
 * change and ended after its announcement never stores what it saw (and an entry stored with an
 * old stamp is never served). Misses of one key at one stamp are computed once, however many
 * requests wait for them.
 */
export class HotReadCache {
  private readonly entries: LRUCache<string, Entry> | null;
  private readonly areas = new Map<string, StaleWhen>();
  /** Last drop of one workspace's area, of an area in every workspace, of everything. */
  private readonly dropped = {
    scope: new Map<string, number>(),
    area: new Map<string, number>(),
    all: 0,
  };
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private clock = 0;
  /** Reads served from memory, computed, and computed but not kept because a change came meanwhile. */
  readonly stats = { hits: 0, misses: 0, discarded: 0 };

  constructor(options: HotReadCacheOptions) {
    this.entries =
      options.maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: options.maxBytes,
            sizeCalculation: (e) => Math.max(1, e.size),
            ttl: options.ttlMs,
          })
        : null;
  }

  /** Whether values are kept at all (HOT_READ_CACHE_MB > 0). */
  get enabled(): boolean {
    return this.entries !== null;
  }

  /** Declares an area and which announcements make a workspace's values in it out of date. */
  defineArea(area: string, staleWhen: StaleWhen): void {
    this.areas.set(area, staleWhen);
  }

  /** Drops what an announcement makes out of date; `reset` (announcements may have been lost) drops everything. */
  hear(announcement: Announcement): void {
    if (announcement.topic === 'reset') return this.drop(null);
    for (const [area, staleWhen] of this.areas) {
      if (staleWhen(announcement)) this.drop(announcement.workspaceId, area);
    }
  }

  /** Drops everything, or an area's values in one workspace (a null workspace: in every workspace). */
  private drop(workspaceId: string | null, area?: string): void {
    const at = ++this.clock;
    if (area === undefined) {
      this.dropped.all = at;
      this.entries?.clear();
    } else if (workspaceId === null) this.dropped.area.set(area, at);
    else this.dropped.scope.set(workspaceId + SEP + area, at);
  }

  /**
   * The workspace's area as of now. A caller that works a key out from other reads (who may see
   * what) takes it first and hands it to `read` as `since`: a drop meanwhile means the key itself
   * may be out of date.
   */
  stamp(workspaceId: string, area: string): number {
    return Math.max(
      this.dropped.all,
      this.dropped.area.get(area) ?? 0,
      this.dropped.scope.get(workspaceId + SEP + area) ?? 0,
    );
  }

  /**
   * The value of `key` in a workspace's area: from memory when nothing dropped it since it was
   * computed, else from `compute` (which must read only what the area's announcements cover).
   * A computation that yields undefined is not kept. With `since` (an earlier `stamp()`), a drop
   * since then means the key was worked out from what has changed: the value is computed and
   * nothing is served from memory or kept.
   */
  async read<T>(
    workspaceId: string,
    area: string,
    key: string,
    compute: () => Promise<T>,
    sizeOf: (value: T) => number,
    since?: number,
  ): Promise<{ value: T; hit: boolean }> {
    const entries = this.entries;
    if (!entries) return { value: await compute(), hit: false };
    const fullKey = workspaceId + SEP + area + SEP + key;
    const stamp = this.stamp(workspaceId, area);
    if (since !== undefined && since !== stamp) {
      this.stats.discarded++;
      return { value: await compute(), hit: false };
    }
    const entry = entries.get(fullKey);
    if (entry && entry.stamp === stamp) {
      this.stats.hits++;
      return { value: entry.value as T, hit: true };
    }
    const flightKey = fullKey + SEP + stamp;
    let flight = this.inFlight.get(flightKey) as Promise<T> | undefined;
    if (!flight) {
      this.stats.misses++;
      flight = compute()
        .then((value) => {
          if (value === undefined) {
            // Not the same for everyone: the caller answers it another way.
          } else if (this.stamp(workspaceId, area) === stamp) {
            entries.set(fullKey, { value, stamp, size: sizeOf(value) + fullKey.length * 2 });
          } else {
            this.stats.discarded++;
          }
          return value;
        })
        .finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, flight);
    }
    return { value: await flight, hit: false };
  }
}
