import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import type { StoredEvent, Subscriber, SubscriberContext } from '../../../platform/events/index.js';
import { findPerson } from '../../identity/index.js';
import { invite } from '../invitations.js';
import { answerableReason, type SurveyRow } from '../survey-rows.js';

/** A fraction in [0, 1) fixed by the event and survey, so a redelivered event samples the same way. */
export function sampleDraw(eventId: string, surveyId: string): number {
  return createHash('sha256').update(`${eventId}:${surveyId}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** `cases.case.resolved` with `{ caseId }` (or `{ id }`) concerns the case with that id. */
export function entityOf(event: StoredEvent): { type: string; id: string } | null {
  const type = event.name.split('.')[1]!;
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  const camel = type.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const id = payload[`${camel}Id`] ?? payload.id;
  return typeof id === 'string' || typeof id === 'number' ? { type, id: String(id) } : null;
}

/** Events a survey may be sent for: in a workspace, about a customer, not the surveys' own. */
const mayTrigger = (event: StoredEvent): event is StoredEvent & { workspaceId: string; customerId: string } =>
  Boolean(event.workspaceId && event.customerId && !event.name.startsWith('surveys.'));

/**
 * Sends a survey when an event it is configured for occurs (e.g. a case is resolved) to the
 * customer the event concerns, within sampling, quota, opt-out and the contact budget. The
 * invitation is unique per event and survey, so redelivery sends nothing twice. It sees every
 * event (each vote, comment, case update), so a whole batch is checked with one query for the
 * open surveys any of its events triggers; usually there is none and that is all it costs.
 */
export const eventTriggerSubscriber: Subscriber = {
  name: 'surveys.event-trigger',
  events: '*',
  handle: (event, context) => triggerSurveys([event], context),
  handleBatch: (events, context) => triggerSurveys(events, context),
};

async function triggerSurveys(events: readonly StoredEvent[], { tx, config }: SubscriberContext): Promise<void> {
  const candidates = events.filter(mayTrigger);
  if (candidates.length === 0) return;
  const surveys = (await tx
    .selectFrom('surveys')
    .selectAll()
    .where('workspace_id', 'in', [...new Set(candidates.map((e) => e.workspaceId))])
    .where('status', '=', 'open')
    .where(sql<boolean>`trigger_events && ${[...new Set(candidates.map((e) => e.name))]}::text[]`)
    .execute()) as SurveyRow[];
  if (surveys.length === 0) return;
  for (const event of candidates) {
    const triggered = surveys.filter(
      (s) => s.workspace_id === event.workspaceId && s.trigger_events.includes(event.name),
    );
    if (triggered.length > 0) await inviteFor(tx, event, triggered, config.publicUrl);
  }
}

async function inviteFor(
  tx: Tx,
  event: StoredEvent & { workspaceId: string; customerId: string },
  surveys: SurveyRow[],
  baseUrl: string,
): Promise<void> {
  const customer = await findPerson(tx, event.workspaceId, event.customerId);
  if (!customer || customer.status !== 'active') return;
  for (const survey of surveys) {
    if (sampleDraw(event.eventId, survey.id) >= survey.sampling_rate || (await answerableReason(tx, survey))) continue;
    await invite(
      tx,
      survey,
      { userId: customer.id, email: customer.email, locale: customer.locale },
      {
        channel: 'event',
        touchpoint: event.touchpoint,
        entity: entityOf(event),
        sourceEventId: event.eventId,
        baseUrl,
      },
    );
  }
}
