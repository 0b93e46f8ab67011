import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/index.js';
import { listPeople } from '../identity/index.js';
import { record } from '../../platform/events/index.js';
import { newId } from '../../platform/ids.js';
import { searchTokens } from '../../platform/text/index.js';
import type { AnswerValue, Question } from './definition.js';
import { SurveyEvents, type ResponseCompletedPayload } from './events.js';
import { hashToken, randomToken } from './secrets.js';

const T = (en: string, zh: string) => ({ en, 'zh-CN': zh });

const REPAIR: Question[] = [
  {
    id: 'nps',
    type: 'nps',
    title: T(
      'How likely are you to recommend HomeGear to a friend or colleague?',
      '您向朋友或同事推荐美家电器的可能性有多大？',
    ),
    required: true,
    branches: [],
  },
  {
    id: 'csat',
    type: 'csat',
    title: T('How satisfied are you with this repair?', '您对这次维修满意吗？'),
    required: false,
    branches: [],
  },
  {
    id: 'ces',
    type: 'ces',
    title: T('HomeGear made it easy for me to handle my issue.', '美家电器让我的问题处理起来很容易。'),
    required: false,
    branches: [],
  },
  {
    id: 'why',
    type: 'text',
    title: T('What is the main reason for your score?', '您打这个分数的主要原因是什么？'),
    required: false,
    branches: [],
  },
];

const FEATURES: [string, string][] = [
  ['Quiet night wash', '夜间静音洗'],
  ['Start from the app', '手机远程启动'],
  ['Self-cleaning drum', '筒自洁'],
  ['Auto detergent dosing', '智能投放洗涤剂'],
  ['Steam care for shirts', '衬衫蒸汽护理'],
];
const KANO: Question[] = [
  ...FEATURES.map(([en, zh], i): Question => ({
    id: `feature-${i + 1}`,
    type: 'kano',
    title: T(en, zh),
    required: true,
    branches: [],
    kano: {
      functional: T(`If the washer had "${en}", how would you feel?`, `如果洗衣机有"${zh}"，您觉得如何？`),
      dysfunctional: T(`If it did not have "${en}", how would you feel?`, `如果没有"${zh}"，您觉得如何？`),
    },
  })),
  {
    id: 'else',
    type: 'text',
    title: T('Anything else you would like in your next washer?', '您还希望下一台洗衣机有什么功能？'),
    required: false,
    branches: [],
  },
];

const REASONS = [
  '师傅准时上门，态度很好，十分钟就修好了',
  '预约太难了，等了三天才有人上门',
  '维修后噪音小多了，很满意',
  'The engineer explained everything and fixed it quickly',
  '客服电话一直占线，体验很差',
  'Had to call three times before anyone came',
  '换了新的电路板，洗衣机运转正常',
  'Friendly engineer, but the spare part took a week',
  '上门师傅很专业，还教我怎么清洁滤网',
  '收费不透明，希望提前告知价格',
  'Great service, will recommend to my neighbours',
  '噪音问题没有彻底解决',
];
const WISHES = [
  '希望能和手机联动，下班路上就能启动',
  'A drying function that does not wrinkle shirts',
  '希望洗衣液自动投放',
  '夜里洗衣服声音再小一点',
  'Child lock that is easy to use',
];
// Each feature's typical answers (functional, dysfunctional), so the categories come out different.
const FEATURE_PAIRS: [number, number][][] = [
  [
    [1, 5],
    [2, 5],
    [1, 4],
  ],
  [
    [1, 3],
    [1, 4],
    [3, 3],
  ],
  [
    [3, 5],
    [2, 5],
    [3, 3],
  ],
  [
    [1, 3],
    [3, 3],
    [1, 5],
  ],
  [
    [3, 3],
    [1, 3],
    [4, 3],
  ],
];

function* rng(seed: number) {
  let s = seed;
  for (;;) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    yield s / 2 ** 31;
  }
}

/**
 * Demo surveys in Chinese and English: an after-repair NPS/CSAT/CES survey sent when a case is
 * resolved (three months of answers), a KANO study of five washer features, and the widget's
 * feedback survey. Answers are recorded as completed events, so the subscribers build the
 * rollups and the follow-ups exactly as they do for live answers when the worker runs.
 */
export async function demoSurveys(db: Db, workspaceId: string): Promise<void> {
  const customers = await listPeople(db, workspaceId, { roles: ['customer'] });
  const random = rng(20261122);
  const next = () => random.next().value as number;
  await withTransaction(db, async (tx) => {
    const survey = async (
      slug: string,
      title: ReturnType<typeof T>,
      questions: Question[],
      extra: Record<string, unknown> = {},
    ) => {
      const id = newId();
      await tx
        .insertInto('surveys')
        .values({
          workspace_id: workspaceId,
          id,
          slug,
          title: JSON.stringify(title),
          questions: JSON.stringify(questions),
          status: 'open',
          welcome: JSON.stringify(
            T('It takes about a minute. Thank you for helping us improve.', '大约一分钟。感谢您帮助我们改进。'),
          ),
          thanks: JSON.stringify(T('Thank you! We read every answer.', '谢谢您！每一条回答我们都会认真阅读。')),
          ...extra,
        })
        .execute();
      return id;
    };
    const answer = async (
      surveyId: string,
      answers: Record<string, AnswerValue>,
      daysAgo: number,
      channel: string,
      touchpoint: string | null,
      texts: string[],
    ) => {
      const customer = customers.length && next() < 0.3 ? customers[Math.floor(next() * customers.length)]! : null;
      const id = newId();
      const at = new Date(Date.now() - daysAgo * 86_400_000 - Math.floor(next() * 36_000_000));
      const segment = customer?.attributes?.segment;
      await tx
        .insertInto('survey_responses')
        .values({
          workspace_id: workspaceId,
          id,
          survey_id: surveyId,
          customer_id: customer?.id ?? null,
          token_hash: hashToken(randomToken()),
          status: 'completed',
          answers: JSON.stringify(answers),
          channel,
          touchpoint,
          locale: customer?.locale === 'en' || texts.some((t) => /^[A-Z]/.test(t)) ? 'en' : 'zh-CN',
          segment: typeof segment === 'string' ? segment : null,
          started_at: at,
          updated_at: at,
          completed_at: at,
          search_tokens: searchTokens(texts.join('\n')),
        })
        .execute();
      await record<ResponseCompletedPayload>(tx, {
        name: SurveyEvents.responseCompleted,
        workspaceId,
        customerId: customer?.id ?? null,
        touchpoint: touchpoint ?? channel,
        payload: { surveyId, responseId: id, channel, entityType: null, entityId: null },
      });
    };

    const repair = await survey('after-repair', T('How was your repair?', '这次维修体验如何？'), REPAIR, {
      trigger_events: ['cases.case.resolved'],
      contact_cooldown_days: 30,
    });
    for (let i = 0; i < 180; i++) {
      const daysAgo = Math.floor(next() * 90);
      // Scores improve over the quarter: the scheduling fix of six weeks ago shows in the trend.
      const lift = daysAgo < 42 ? 1.5 : 0;
      const nps = Math.max(0, Math.min(10, Math.round(4 + next() * 7 + lift)));
      const reason = REASONS[Math.floor(next() * REASONS.length)]!;
      const answers: Record<string, AnswerValue> = {
        nps,
        csat: Math.max(1, Math.min(5, Math.round(nps / 2.2 + next()))),
        ces: Math.max(1, Math.min(7, Math.round(nps / 1.6 + next() * 1.5))),
      };
      if (next() < 0.7) answers.why = reason;
      await answer(
        repair,
        answers,
        daysAgo,
        next() < 0.6 ? 'event' : 'email',
        next() < 0.5 ? 'repair' : 'installation',
        answers.why ? [reason] : [],
      );
    }

    const kano = await survey(
      'washer-features',
      T('Which washer features matter to you?', '哪些洗衣机功能对您最重要？'),
      KANO,
      { widget_events: ['product_page_viewed'], sampling_rate: 0.3 },
    );
    for (let i = 0; i < 120; i++) {
      const answers: Record<string, AnswerValue> = {};
      FEATURE_PAIRS.forEach((pairs, f) => {
        const [functional, dysfunctional] =
          next() < 0.8
            ? pairs[Math.floor(next() * pairs.length)]!
            : [1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5)];
        answers[`feature-${f + 1}`] = { functional, dysfunctional };
      });
      const wish = WISHES[Math.floor(next() * WISHES.length)]!;
      if (next() < 0.4) answers.else = wish;
      await answer(kano, answers, Math.floor(next() * 30), 'widget', 'product_page_viewed', answers.else ? [wish] : []);
    }

    await survey(
      'feedback',
      T('Tell us what you think', '说说您的想法'),
      [
        {
          id: 'rating',
          type: 'rating',
          title: T('How do you like this page?', '您觉得这个页面怎么样？'),
          required: true,
          branches: [],
        },
        {
          id: 'comment',
          type: 'text',
          title: T('What could be better?', '哪里可以做得更好？'),
          required: false,
          branches: [],
        },
      ],
      { feedback_button: true },
    );
    await tx
      .insertInto('survey_settings')
      .values({ workspace_id: workspaceId, contact_cooldown_days: 14 })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .execute();
  });
}
