import type { StoredEvent, Subscriber, SubscriberContext } from '../../../platform/events/index.js';
import { notify } from '../../notifications/index.js';
import { followersOfIdeas } from '../commands/follows.js';
import {
  IdeasEvents,
  NOTIFYING_VERSION,
  type AnswerPostedPayload,
  type IdeaMergedPayload,
  type StatusChangedPayload,
} from '../events.js';

interface Notice {
  kind: string;
  params: Record<string, unknown>;
  /** People told besides the idea's followers. */
  alsoTell: readonly string[];
}

/** What an event tells the idea's followers: the notification kind and the values its templates use. */
function noticeOf(event: StoredEvent): Notice {
  if (event.name === IdeasEvents.answerPosted) {
    const p = event.payload as AnswerPostedPayload;
    return { kind: 'ideas.answered', params: { ideaTitle: p.ideaTitle, note: p.excerpt }, alsoTell: [] };
  }
  if (event.name === IdeasEvents.ideaMerged) {
    const p = event.payload as IdeaMergedPayload;
    return { kind: 'ideas.merged', params: { ideaTitle: p.ideaTitle, intoTitle: p.intoTitle }, alsoTell: p.voterIds };
  }
  const p = event.payload as StatusChangedPayload;
  if (p.stage === 'shipped')
    return { kind: 'ideas.shipped', params: { ideaTitle: p.ideaTitle, note: p.note }, alsoTell: [] };
  // A move by the threshold has no note, and its notification carries none.
  return {
    kind: 'ideas.status_changed',
    params: { ideaTitle: p.ideaTitle, statusNames: p.statusNames, ...('note' in p ? { note: p.note } : {}) },
    alsoTell: [],
  };
}

/**
 * Tells an idea's followers (the author, voters and commenters follow automatically) that it was
 * answered, moved along the workflow, shipped or merged — in the app and, per their email
 * preferences, by mail — never the person who did it. It runs when the event is delivered, so the
 * request that answered, moved or merged the idea only records the event; a redelivered event
 * tells no one twice (notify() keeps one notification per person and event). A batch of events
 * reads the followers of all its ideas in one query.
 */
export const notifyFollowersSubscriber: Subscriber = {
  name: 'ideas.notify-followers',
  events: [IdeasEvents.statusChanged, IdeasEvents.answerPosted, IdeasEvents.ideaMerged],
  handle: (event, context) => notifyFollowers([event], context),
  handleBatch: (events, context) => notifyFollowers(events, context),
};

async function notifyFollowers(events: readonly StoredEvent[], { tx, config }: SubscriberContext): Promise<void> {
  const due = events
    .filter((e): e is StoredEvent & { workspaceId: string } => Boolean(e.workspaceId) && e.version >= NOTIFYING_VERSION)
    .map((event) => ({ event, workspaceId: event.workspaceId, ideaId: (event.payload as { ideaId: string }).ideaId }));
  const followers = await followersOfIdeas(tx, due);
  for (const { event, workspaceId, ideaId } of due) {
    const notice = noticeOf(event);
    await notify(tx, {
      workspaceId,
      userIds: [...(followers.get(`${workspaceId}:${ideaId}`) ?? []), ...notice.alsoTell],
      kind: notice.kind,
      params: notice.params,
      link: `/ideas/${ideaId}`,
      baseUrl: config.publicUrl,
      exceptUserId: event.actorId,
      eventId: event.eventId,
    });
  }
}
