import type { FastifyInstance } from 'fastify';
import type { Config } from '../platform/config.js';
import type { Db } from '../platform/db/index.js';
import { testConfig } from './app.js';
import { inject, type Session } from './identity.js';
import { deliverEvents, workerContext } from './worker.js';
import { surveysModule } from '../modules/surveys/index.js';
import type { SurveyInput } from '../modules/surveys/schemas.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** A survey with NPS (promoters skip to the end of the follow-up questions), CSAT, CES, a choice, two KANO features and text. */
export function sampleSurvey(
  slug: string,
  extra: Partial<SurveyInput> = {},
): Omit<
  SurveyInput,
  | 'opensAt'
  | 'closesAt'
  | 'samplingRate'
  | 'quota'
  | 'contactCooldownDays'
  | 'triggerEvents'
  | 'widgetEvents'
  | 'audience'
  | 'feedbackButton'
  | 'anonymous'
> &
  Partial<SurveyInput> {
  return {
    slug,
    title: t('How was your repair?', '维修体验如何？'),
    welcome: t('Two minutes of your time helps us improve.', '占用您两分钟，帮助我们改进。'),
    thanks: t('Thank you!', '谢谢您！'),
    questions: [
      {
        id: 'nps',
        type: 'nps',
        title: t('How likely are you to recommend us?', '您向朋友推荐我们的可能性有多大？'),
        required: true,
        branches: [],
      },
      {
        id: 'csat',
        type: 'csat',
        title: t('How satisfied are you with the repair?', '您对这次维修满意吗？'),
        required: false,
        branches: [],
      },
      {
        id: 'ces',
        type: 'ces',
        title: t('The company made it easy to handle my issue.', '公司让我的问题处理起来很容易。'),
        required: false,
        branches: [],
      },
      {
        id: 'channel',
        type: 'single',
        title: t('How did you contact us?', '您通过什么方式联系我们？'),
        required: false,
        choices: [
          { id: 'phone', label: t('Phone', '电话') },
          { id: 'app', label: t('App', '应用') },
        ],
        branches: [],
      },
      {
        id: 'kano-quiet',
        type: 'kano',
        title: t('Quiet mode', '静音模式'),
        required: false,
        branches: [],
        kano: {
          functional: t('If the washer had a quiet mode, how would you feel?', '如果洗衣机有静音模式，您觉得如何？'),
          dysfunctional: t('If it did not, how would you feel?', '如果没有，您觉得如何？'),
        },
      },
      {
        id: 'kano-app',
        type: 'kano',
        title: t('Remote start', '远程启动'),
        required: false,
        branches: [],
        kano: {
          functional: t('If you could start it from the app?', '如果可以用应用远程启动？'),
          dysfunctional: t('If you could not?', '如果不能？'),
        },
      },
      {
        id: 'why',
        type: 'text',
        title: t('What could we do better?', '我们哪里可以做得更好？'),
        required: false,
        branches: [],
      },
    ],
    ...extra,
  };
}

export async function createOpenSurvey(
  app: FastifyInstance,
  owner: Session,
  body: object,
): Promise<{ id: string; slug: string }> {
  const created = await inject(app, owner, { method: 'POST', url: '/api/v1/surveys', payload: body });
  if (created.statusCode !== 201) throw new Error(created.body);
  const survey = created.json();
  const opened = await inject(app, owner, {
    method: 'POST',
    url: `/api/v1/surveys/${survey.id}/status`,
    payload: { status: 'open' },
  });
  if (opened.statusCode !== 200) throw new Error(opened.body);
  return survey;
}

/** Starts a response (as `session`, or anonymously) and completes it with the answers. */
export async function answer(
  app: FastifyInstance,
  session: Session | null,
  slug: string,
  answers: Record<string, unknown>,
  start: Record<string, unknown> = {},
) {
  const started = await inject(app, session, {
    method: 'POST',
    url: `/api/v1/s/${slug}/responses`,
    payload: { locale: 'zh-CN', ...start },
  });
  if (started.statusCode !== 201) throw new Error(started.body);
  const { id, token } = started.json();
  const done = await inject(app, session, {
    method: 'PUT',
    url: `/api/v1/survey-responses/${id}`,
    payload: { token, answers, complete: true },
  });
  if (done.statusCode !== 200) throw new Error(done.body);
  return id as string;
}

/** Delivers every recorded event to the surveys module's subscribers. */
export async function deliver(db: Db, config: Config = testConfig()): Promise<void> {
  await deliverEvents(workerContext(db, config), [surveysModule]);
}
