// One of everything a workspace holds, made through the modules' own API, so that attacks have
// real ids to aim at.
import type { FastifyInstance, InjectOptions } from 'fastify';
import sharp from 'sharp';
import type { Db } from '../../platform/db/index.js';
import { createStaff, inject, signUpCustomer, type Session } from '../../test-support/identity.js';
import { multipartFile } from '../../test-support/multipart.js';
import { deliverEvents, workerContext } from '../../test-support/worker.js';
import { killOldestJob } from '../../test-support/platform-rows.js';
import { modules } from '../../modules/index.js';

export interface WorkspaceContent {
  workspaceId: string;
  slug: string;
  owner: Session;
  agent: Session;
  /** The customer who wrote the idea, the comment, the survey response and the case. */
  customer: Session;
  boardId: string;
  boardSlug: string;
  fileId: string;
  ideaId: string;
  commentId: string;
  notificationId: string;
  surveyId: string;
  surveySlug: string;
  responseId: string;
  /** The respondent's token for the response (what a link or the widget carries). */
  responseToken: string;
  followupId: string;
  caseId: string;
  teamId: string;
  rootCauseId: string;
  macroId: string;
  invitationId: string;
  apiKeyId: string;
  /** A staff member who took part in nothing, to be managed (role changed, removed). */
  memberId: string;
  deadJobId: string;
}

async function ok(app: FastifyInstance, session: Session, options: InjectOptions, status = [200, 201, 204]) {
  const res = await inject(app, session, options);
  if (!status.includes(res.statusCode))
    throw new Error(`${options.method ?? 'GET'} ${options.url}: ${res.statusCode} ${res.body}`);
  return res.statusCode === 204 ? {} : res.json();
}

/** Fills the workspace `owner` runs (its slug is `slug`) with one of each kind of content. */
export async function seedWorkspaceContent(
  app: FastifyInstance,
  db: Db,
  owner: Session,
  slug: string,
): Promise<WorkspaceContent> {
  const ws = owner.workspaceId;
  const agent = await createStaff(app, db, ws, slug, 'agent');
  const customer = await signUpCustomer(app, `author@${slug}.example`, slug);
  const member = await createStaff(app, db, ws, slug, 'moderator');

  const board = await ok(app, owner, {
    method: 'POST',
    url: '/api/v1/idea-boards',
    payload: { slug: `${slug}-board`, name: `${slug} 洗衣机` },
  });
  const png = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer();
  const upload = multipartFile('file', 'sketch.png', 'image/png', png);
  const file = await ok(app, customer, {
    method: 'POST',
    url: '/api/v1/files?purpose=idea_image',
    payload: upload.payload,
    headers: upload.headers,
  });
  const idea = await ok(app, customer, {
    method: 'POST',
    url: '/api/v1/ideas',
    payload: {
      board: board.slug,
      title: `${slug} 静音模式 quiet mode`,
      body: '晚上洗衣服太吵',
      tags: ['noise'],
      imageIds: [file.id],
    },
  });
  const comment = await ok(app, customer, {
    method: 'POST',
    url: `/api/v1/ideas/${idea.id}/comments`,
    payload: { body: `${slug} 同意，太吵了` },
  });
  // The author follows their idea, so a status change notifies them once the event is delivered.
  await ok(app, agent, {
    method: 'POST',
    url: `/api/v1/ideas/${idea.id}/status`,
    payload: { status: 'planned', note: '排进计划' },
  });
  await deliverEvents(workerContext(db, app.platform.config), modules);
  const notifications = await ok(app, customer, { url: '/api/v1/notifications' });

  const t = (en: string) => ({ en, 'zh-CN': en });
  const survey = await ok(app, owner, {
    method: 'POST',
    url: '/api/v1/surveys',
    payload: {
      slug: `${slug}-survey`,
      title: t('How was your repair?'),
      welcome: t('Two minutes, please.'),
      thanks: t('Thank you!'),
      questions: [
        { id: 'nps', type: 'nps', title: t('Would you recommend us?'), required: true },
        { id: 'why', type: 'text', title: t('What could we do better?') },
      ],
    },
  });
  await ok(app, owner, { method: 'POST', url: `/api/v1/surveys/${survey.id}/status`, payload: { status: 'open' } });
  const started = await ok(app, customer, {
    method: 'POST',
    url: `/api/v1/s/${survey.slug}/responses`,
    payload: { locale: 'zh-CN' },
  });
  await ok(app, customer, {
    method: 'PUT',
    url: `/api/v1/survey-responses/${started.id}`,
    payload: { token: started.token, answers: { nps: 2, why: `${slug} 太慢了` }, complete: true },
  });
  const responseId = started.id as string;
  // The detractor's follow-up is made by a subscriber.
  await deliverEvents(workerContext(db, app.platform.config), modules);
  const followups = await ok(app, owner, { url: `/api/v1/survey-followups?surveyId=${survey.id}` });

  const filed = await ok(app, customer, {
    method: 'POST',
    url: '/api/v1/my/cases',
    payload: {
      type: 'complaint',
      subject: `${slug} 洗衣机漏水`,
      description: '用了三个月，底部漏水。',
      product: '洗衣机',
      model: 'EG100',
      purchaseDate: '2026-01-05',
      requestedRemedy: '换新',
    },
  });
  await ok(app, agent, {
    method: 'POST',
    url: `/api/v1/cases/${filed.id}/messages`,
    payload: { body: `${slug} 您好，我们已收到。` },
  });
  const team = await ok(app, owner, {
    method: 'POST',
    url: '/api/v1/case-teams',
    payload: { name: `${slug} 空调组`, assignment: 'round_robin', memberIds: [agent.userId] },
  });
  const rootCause = await ok(app, owner, {
    method: 'POST',
    url: '/api/v1/case-root-causes',
    payload: { name: `${slug} 零部件` },
  });
  const macro = await ok(app, owner, {
    method: 'POST',
    url: '/api/v1/case-macros',
    payload: { name: `${slug} 致歉`, body: '{{customer.name}}您好' },
  });

  const invitation = await ok(app, owner, {
    method: 'POST',
    url: '/api/v1/invitations',
    payload: { email: `invitee@${slug}.example`, role: 'agent' },
  });
  const apiKey = await ok(app, owner, {
    method: 'POST',
    url: '/api/v1/api-keys',
    payload: { name: `${slug} CRM`, scopes: ['read'] },
  });
  // A dead job, as the dead-letter list would show it; the sign-up mails are the workspace's jobs.
  const deadJobId = await killOldestJob(db, ws);

  return {
    workspaceId: ws,
    slug,
    owner,
    agent,
    customer,
    boardId: board.id,
    boardSlug: board.slug,
    fileId: file.id,
    ideaId: idea.id,
    commentId: comment.id,
    notificationId: notifications.items[0].id,
    surveyId: survey.id,
    surveySlug: survey.slug,
    responseId,
    responseToken: started.token,
    followupId: followups.items[0].id,
    caseId: filed.id,
    teamId: team.id,
    rootCauseId: rootCause.id,
    macroId: macro.id,
    invitationId: invitation.id,
    apiKeyId: apiKey.id,
    memberId: member.userId,
    deadJobId,
  };
}

/** Which of a workspace's ids each route's path parameters name; a route missing here fails the suites. */
const PATH_IDS: [RegExp, (c: WorkspaceContent) => Record<string, string>][] = [
  [/^\/api\/v1\/members\//, (c) => ({ id: c.memberId })],
  [/^\/api\/v1\/invitations\//, (c) => ({ id: c.invitationId })],
  [/^\/api\/v1\/api-keys\//, (c) => ({ id: c.apiKeyId })],
  [/^\/api\/v1\/admin\/jobs\//, (c) => ({ id: c.deadJobId })],
  [/^\/api\/v1\/files\//, (c) => ({ id: c.fileId })],
  [/^\/api\/v1\/notifications\//, (c) => ({ id: c.notificationId })],
  [/^\/api\/v1\/idea-boards\//, (c) => ({ id: c.boardId })],
  [/^\/api\/v1\/ideas\//, (c) => ({ id: c.ideaId })],
  [/^\/api\/v1\/idea-comments\//, (c) => ({ id: c.commentId })],
  [/^\/api\/v1\/surveys\//, (c) => ({ id: c.surveyId })],
  [/^\/api\/v1\/s\//, (c) => ({ slug: c.surveySlug })],
  [/^\/api\/v1\/survey-responses\//, (c) => ({ id: c.responseId })],
  [/^\/api\/v1\/survey-followups\//, (c) => ({ id: c.followupId })],
  [/^\/api\/v1\/(my\/)?cases\//, (c) => ({ id: c.caseId, macroId: c.macroId })],
  [/^\/api\/v1\/case-teams\//, (c) => ({ id: c.teamId })],
  [/^\/api\/v1\/case-root-causes\//, (c) => ({ id: c.rootCauseId })],
  [/^\/api\/v1\/case-macros\//, (c) => ({ id: c.macroId })],
];

/** The workspace's ids for a route's path parameters, or undefined when the suite does not know the route. */
export function pathIdsFor(url: string, content: WorkspaceContent): Record<string, string> | undefined {
  const found = PATH_IDS.find(([pattern]) => pattern.test(url));
  if (!found) return undefined;
  const ids = found[1](content);
  const names = [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
  return names.every((n) => ids[n] !== undefined) ? ids : undefined;
}

/** Every id of the content, for searching answers for leaks. */
export const idsOf = (c: WorkspaceContent): string[] => [
  c.workspaceId,
  c.owner.userId,
  c.agent.userId,
  c.customer.userId,
  c.memberId,
  c.boardId,
  c.fileId,
  c.ideaId,
  c.commentId,
  c.notificationId,
  c.surveyId,
  c.responseId,
  c.followupId,
  c.caseId,
  c.teamId,
  c.rootCauseId,
  c.macroId,
  c.invitationId,
  c.apiKeyId,
  c.deadJobId,
];
