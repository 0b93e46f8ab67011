import { announce, type Announcement } from '../../platform/broadcast/index.js';
import type { HotReadCache } from '../../platform/cache/hot-read-cache.js';
import type { Tx } from '../../platform/db/index.js';
import { IdentityEvents } from '../identity/index.js';
import { IdeasEvents } from './events.js';

/** Public idea lists, roadmap, changelog and idea pages. */
export const IDEAS_AREA = 'ideas';
/** A workspace's boards and statuses (setup.ts). */
export const IDEAS_SETUP_AREA = 'ideas.setup';
/** Which private boards a customer may see: their board memberships and segment. */
export const IDEAS_ACCESS_AREA = 'ideas.access';
/** How many customers were active lately (share-of-customers thresholds): it ages, no event says so. */
export const IDEAS_ACTIVITY_AREA = 'ideas.activity';

const CONFIGURED = 'ideas.configured';

/** Tells every process, once `tx` commits, that a workspace's boards, board members or statuses changed. */
export function announceIdeasConfigured(tx: Tx, workspaceId: string): Promise<void> {
  return announce(tx, { topic: CONFIGURED, workspaceId });
}

// Following changes nothing anyone else sees.
const PRIVATE_EVENTS = new Set<string>([IdeasEvents.ideaFollowed, IdeasEvents.ideaUnfollowed]);
// Author and answer names are people's display names.
const NAME_EVENTS = new Set<string>([IdentityEvents.profileUpdated, IdentityEvents.customerIdentified]);

const configured = (a: Announcement) => a.topic === CONFIGURED;
// Identifying a customer updates their attributes (the segment a board may admit by).
const reidentified = (a: Announcement) => a.topic === 'event' && a.name === IdentityEvents.customerIdentified;

/** Every ideas event but following, a board or status change, or a renamed person. */
export function changesPublicIdeas(a: Announcement): boolean {
  if (configured(a)) return true;
  if (a.topic !== 'event' || !a.name) return false;
  return (a.name.startsWith('ideas.') && !PRIVATE_EVENTS.has(a.name)) || NAME_EVENTS.has(a.name);
}

/**
 * Declares the module's areas of the app's cache and what drops them. What drops the boards
 * (setup) or a customer's access drops the public reads too: public-scope.ts relies on it.
 */
export function defineIdeaAreas(cache: HotReadCache): void {
  cache.defineArea(IDEAS_AREA, changesPublicIdeas);
  cache.defineArea(IDEAS_SETUP_AREA, configured);
  cache.defineArea(IDEAS_ACCESS_AREA, (a) => configured(a) || reidentified(a));
  cache.defineArea(IDEAS_ACTIVITY_AREA, () => false);
}
