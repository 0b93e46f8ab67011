// Bodies that get past validation, so that an attack reaches the route's lookup of the id it
// names; the ids inside them are the caller's own workspace's.
import type { Operation } from './operations.js';
import type { WorkspaceContent } from './seed-content.js';
import { sampleOne, seedOf, validValue } from './arbitraries.js';

const lang = (text: string) => ({ en: text, 'zh-CN': text });

const BODIES: Record<string, (own: WorkspaceContent) => unknown> = {
  'PATCH /api/v1/members/:id': () => ({ role: 'agent' }),
  'PATCH /api/v1/idea-boards/:id': () => ({ name: 'Renamed', archived: true }),
  'PATCH /api/v1/ideas/:id': () => ({ title: 'Taken over title', locked: true }),
  'PUT /api/v1/ideas/:id/vote': () => ({}),
  'POST /api/v1/ideas/:id/comments': () => ({ body: 'A comment from elsewhere' }),
  'PATCH /api/v1/idea-comments/:id': () => ({ body: 'Edited from elsewhere' }),
  'POST /api/v1/idea-comments/:id/reports': () => ({ reason: 'spam' }),
  'POST /api/v1/ideas/:id/status': () => ({ status: 'declined', note: 'closed from elsewhere' }),
  'PUT /api/v1/ideas/:id/answer': () => ({ body: 'An answer from elsewhere' }),
  'POST /api/v1/ideas/:id/merge': (own) => ({ intoId: own.ideaId }),
  'POST /api/v1/ideas/:id/votes-on-behalf': (own) => ({ customerId: own.customer.userId, reason: 'phone call' }),
  'POST /api/v1/idea-comments/:id/moderation': () => ({ hidden: true }),
  'PUT /api/v1/surveys/:id': () => ({
    slug: 'hijacked',
    title: lang('Hijacked'),
    welcome: lang('Hi'),
    thanks: lang('Thanks'),
    questions: [{ id: 'nps', type: 'nps', title: lang('Recommend?'), required: true }],
  }),
  'POST /api/v1/surveys/:id/status': () => ({ status: 'closed' }),
  'POST /api/v1/surveys/:id/invitations': (own) => ({ customerIds: [own.customer.userId], channel: 'personal_link' }),
  'POST /api/v1/s/:slug/responses': () => ({ locale: 'en' }),
  'PUT /api/v1/survey-responses/:id': () => ({ token: 'x'.repeat(43), answers: { nps: 10 }, complete: true }),
  'PATCH /api/v1/survey-followups/:id': () => ({ note: 'closed from elsewhere', outcome: 'resolved', close: true }),
  'POST /api/v1/my/cases/:id/messages': () => ({ body: 'A message from elsewhere' }),
  'POST /api/v1/my/cases/:id/decision': () => ({ accept: false, reason: 'no' }),
  'POST /api/v1/my/cases/:id/escalation': () => ({ reason: 'too slow' }),
  'POST /api/v1/my/cases/:id/reopen': () => ({ reason: 'broken again' }),
  'POST /api/v1/my/cases/:id/rating': () => ({ score: 1, comment: 'bad' }),
  'PUT /api/v1/case-teams/:id': () => ({ name: 'Renamed team', assignment: 'manual', memberIds: [] }),
  'PUT /api/v1/case-macros/:id': () => ({ name: 'Renamed macro', body: 'Hello' }),
  'PATCH /api/v1/cases/:id': () => ({ priority: 'urgent', product: 'changed' }),
  'POST /api/v1/cases/:id/assignment': (own) => ({ assigneeId: own.agent.userId }),
  'POST /api/v1/cases/:id/messages': () => ({ body: 'A reply from elsewhere' }),
  'POST /api/v1/cases/:id/offers': () => ({ offers: [{ remedy: 'repair', terms: 'free' }] }),
  'POST /api/v1/cases/:id/carried-out': () => ({}),
  'POST /api/v1/cases/:id/resolution': () => ({ note: 'resolved from elsewhere' }),
  'POST /api/v1/cases/:id/merge': (own) => ({ intoCaseId: own.caseId }),
  'POST /api/v1/cases/:id/idea-link': (own) => ({ ideaId: own.ideaId, title: 'linked' }),
  'POST /api/v1/cases/:id/cocreation-invitation': () => ({}),
};

/** A body for the operation that passes its validation (a schema-derived one where none is written down). */
export function sensibleBody(op: Operation, own: WorkspaceContent): unknown {
  const written = BODIES[`${op.method} ${op.url}`];
  if (written) return written(own);
  return op.body ? sampleOne(validValue(op.body), seedOf(`${op.method} ${op.url}`)) : undefined;
}
