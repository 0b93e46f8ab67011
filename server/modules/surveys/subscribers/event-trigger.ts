import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { StoredEvent, Subscriber } from '../../../platform/events/index.js';
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

/**
 * Sends a survey when an event it is configured for occurs (e.g. a case is resolved) to the
 * customer the event concerns, within sampling, quota, opt-out and the contact budget. The
 * invitation is unique per event and survey, so redelivery sends nothing twice.
 */
export const eventTriggerSubscriber: Subscriber = {
  name: 'surveys.event-trigger',
  events: '*',
  async handle(event, { tx, config }) {
    if (!event.workspaceId || !event.customerId || event.name.startsWith('surveys.')) return;
    const surveys = await tx
      .selectFrom('surveys')
      .selectAll()
      .where('workspace_id', '=', event.workspaceId)
      .where('status', '=', 'open')
      .where(sql<boolean>`trigger_events @> array[${event.name}]::text[]`)
      .execute();
    if (surveys.length === 0) return;
    const customer = await findPerson(tx, event.workspaceId, event.customerId);
    if (!customer || customer.status !== 'active') return;
    for (const survey of surveys as SurveyRow[]) {
      if (sampleDraw(event.eventId, survey.id) >= survey.sampling_rate || (await answerableReason(tx, survey)))
        continue;
      await invite(
        tx,
        survey,
        { userId: customer.id, email: customer.email, locale: customer.locale },
        {
          channel: 'event',
          touchpoint: event.touchpoint,
          entity: entityOf(event),
          sourceEventId: event.eventId,
          baseUrl: config.publicUrl,
        },
      );
    }
  },
};
