import type { Tx } from '../../platform/db/index.js';
import { record } from '../../platform/events/index.js';
import { queueMail } from '../../platform/mail/index.js';
import { mayAsk, noteAsked, type AskVerdict } from './contact-budget.js';
import { SurveyEvents } from './events.js';
import { hashToken, randomToken } from './secrets.js';
import type { SurveyRow } from './survey-rows.js';

export interface InviteTarget {
  userId: string | null;
  email: string | null;
  locale?: string | null;
}

export interface InviteOptions {
  channel: 'email' | 'personal_link' | 'event';
  touchpoint?: string | null;
  entity?: { type: string; id: string } | null;
  sourceEventId?: string | null;
  baseUrl: string;
  actorId?: string | null;
}

/**
 * Creates a single-use personal link for one person, spends their contact budget and, when they
 * have an email address and the channel mails, queues the invitation. Returns the link, or why not.
 */
export async function invite(
  tx: Tx,
  survey: SurveyRow,
  target: InviteTarget,
  options: InviteOptions,
): Promise<{ url: string } | { refused: AskVerdict | 'duplicate' }> {
  const workspaceId = survey.workspace_id;
  const verdict = await mayAsk(tx, workspaceId, target, survey);
  if (verdict !== 'ok') return { refused: verdict };
  const token = randomToken();
  const inserted = await tx
    .insertInto('survey_invitations')
    .values({
      workspace_id: workspaceId,
      token_hash: hashToken(token),
      survey_id: survey.id,
      user_id: target.userId,
      email: target.email,
      channel: options.channel === 'personal_link' ? 'personal_link' : options.channel,
      touchpoint: options.touchpoint ?? null,
      entity_type: options.entity?.type ?? null,
      entity_id: options.entity?.id ?? null,
      source_event_id: options.sourceEventId ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('token_hash')
    .executeTakeFirst();
  if (!inserted) return { refused: 'duplicate' };
  await noteAsked(tx, workspaceId, target, survey.id, options.channel);
  const url = `${options.baseUrl}/s/${survey.slug}?t=${token}`;
  if (target.email && options.channel !== 'personal_link') {
    const zh = (target.locale ?? 'zh-CN') !== 'en';
    const title = zh ? survey.title['zh-CN'] : survey.title.en;
    const optOut = `${options.baseUrl}/s/opt-out?t=${token}`;
    await queueMail(tx, {
      to: target.email,
      workspaceId,
      subject: title,
      text: zh
        ? `${survey.welcome['zh-CN']}\n\n请点击这里回答（只需一两分钟）：\n${url}\n\n不想再收到调查邀请？${optOut}`
        : `${survey.welcome.en}\n\nAnswer here (it takes a minute or two):\n${url}\n\nRather not be asked again? ${optOut}`,
      headers: { 'List-Unsubscribe': `<${optOut}>` },
    });
  }
  await record(tx, {
    name: SurveyEvents.invitationSent,
    workspaceId,
    actorId: options.actorId ?? null,
    customerId: target.userId,
    touchpoint: options.touchpoint ?? options.channel,
    payload: {
      surveyId: survey.id,
      channel: options.channel,
      entityType: options.entity?.type ?? null,
      entityId: options.entity?.id ?? null,
    },
  });
  return { url };
}
