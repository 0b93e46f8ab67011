import { LRUCache } from 'lru-cache';
import { announce, onAnnouncement, type Announcement } from '../../platform/broadcast/index.js';
import type { Tx } from '../../platform/db/index.js';
import type { Actor } from './policies.js';

/** The announcement topic that drops resolved actors from every process's cache. */
export const ACTOR_TOPIC = 'identity.actor';

/** How long a resolved session or API key is trusted without asking the database again. */
export const ACTOR_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

type KnownActor = Exclude<Actor, { kind: 'anonymous' }>;

/** A session or API key as authentication found it, with its workspace's slug for the header check. */
export interface ResolvedCredential {
  actor: KnownActor;
  workspaceSlug: string;
}

type Entry = ResolvedCredential | { workspaceId: string };

/**
 * Sessions and API keys resolved in the last few seconds, keyed by workspace and token hash, and
 * workspaces named by slug in the `x-cocreate-workspace` header. Entries are dropped in every
 * process when a command announces the change (`forgetSession`, `forgetUser`, …) and all at once
 * on `reset` (the process may have missed announcements).
 *
 * A lookup that started before a drop is not stored when it finishes (the generation moved on),
 * so a revoked session cannot slip back in from a query that read it just before the revocation.
 */
export class ActorCache {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES, ttl: ACTOR_CACHE_MS });
  private generation = 0;
  private readonly stopListening: () => void;

  constructor() {
    this.stopListening = onAnnouncement((a) => this.hear(a));
  }

  close(): void {
    this.stopListening();
    this.entries.clear();
  }

  /** Taken before a lookup and handed back to `remember`. */
  stamp(): number {
    return this.generation;
  }

  session(workspaceId: string, tokenHash: string): ResolvedCredential | undefined {
    return this.credential(`session:${workspaceId}:${tokenHash}`);
  }

  apiKey(workspaceId: string, keyHash: string): ResolvedCredential | undefined {
    return this.credential(`api_key:${workspaceId}:${keyHash}`);
  }

  workspaceNamed(name: string): string | undefined {
    const entry = this.entries.get(`workspace:${name}`);
    return entry && 'workspaceId' in entry ? entry.workspaceId : undefined;
  }

  /** Keeps a resolved session until the cache time or the session's own end, whichever is first. */
  rememberSession(stamp: number, tokenHash: string, resolved: ResolvedCredential, expiresAt: Date): void {
    const ttl = Math.min(ACTOR_CACHE_MS, expiresAt.getTime() - Date.now());
    if (ttl > 0) this.remember(stamp, `session:${resolved.actor.workspaceId}:${tokenHash}`, resolved, ttl);
  }

  rememberApiKey(stamp: number, keyHash: string, resolved: ResolvedCredential): void {
    this.remember(stamp, `api_key:${resolved.actor.workspaceId}:${keyHash}`, resolved, ACTOR_CACHE_MS);
  }

  rememberWorkspace(stamp: number, name: string, workspaceId: string): void {
    this.remember(stamp, `workspace:${name}`, { workspaceId }, ACTOR_CACHE_MS);
  }

  private credential(key: string): ResolvedCredential | undefined {
    const entry = this.entries.get(key);
    return entry && 'actor' in entry ? entry : undefined;
  }

  private remember(stamp: number, key: string, entry: Entry, ttl: number): void {
    if (stamp === this.generation) this.entries.set(key, entry, { ttl });
  }

  private hear(a: Announcement): void {
    if (a.topic === 'reset') {
      this.generation++;
      this.entries.clear();
      return;
    }
    if (a.topic !== ACTOR_TOPIC || !a.workspaceId || !a.key) return;
    this.generation++;
    const [kind, id] = splitKey(a.key);
    if (kind === 'session') {
      this.entries.delete(`session:${a.workspaceId}:${id}`);
      return;
    }
    for (const [key, entry] of this.entries.entries()) {
      if (concerns(entry, a.workspaceId, kind, id)) this.entries.delete(key);
    }
  }
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

function concerns(entry: Entry, workspaceId: string, kind: string, id: string): boolean {
  if ('workspaceId' in entry) return kind === 'workspace' && entry.workspaceId === workspaceId;
  const actor = entry.actor;
  if (actor.workspaceId !== workspaceId) return false;
  if (kind === 'workspace') return true;
  if (kind === 'user') return actor.kind === 'user' && actor.userId === id;
  if (kind === 'api_key') return actor.kind === 'api_key' && actor.keyId === id;
  return false;
}

/** One session ended (sign-out): every process stops trusting it once `tx` commits. */
export function forgetSession(tx: Tx, workspaceId: string, tokenHash: string): Promise<void> {
  return announce(tx, { topic: ACTOR_TOPIC, workspaceId, key: `session:${tokenHash}` });
}

/**
 * Something every session of a person depends on changed: they were signed out everywhere,
 * removed, given another role, or their password or email changed.
 */
export function forgetUser(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  return announce(tx, { topic: ACTOR_TOPIC, workspaceId, key: `user:${userId}` });
}

/** An API key was revoked. */
export function forgetApiKey(tx: Tx, workspaceId: string, keyId: string): Promise<void> {
  return announce(tx, { topic: ACTOR_TOPIC, workspaceId, key: `api_key:${keyId}` });
}

/** The workspace changed what its sessions and keys are resolved with (its slug), or is gone. */
export function forgetWorkspace(tx: Tx, workspaceId: string): Promise<void> {
  return announce(tx, { topic: ACTOR_TOPIC, workspaceId, key: 'workspace' });
}
