import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db/index.js';
import { listPeople, type CommandContext } from '../identity/index.js';
import { answerIdea } from './commands/answer-idea.js';
import { castVote } from './commands/cast-vote.js';
import { changeStatus } from './commands/change-status.js';
import { createBoard } from './commands/create-board.js';
import { postComment } from './commands/post-comment.js';
import { submitIdea } from './commands/submit-idea.js';

interface DemoIdea {
  board: string;
  title: string;
  body: string;
  tags: string[];
  voters: number;
  status?: { key: string; note: string }[];
  answer?: string;
  comments?: string[];
}

const IDEAS: DemoIdea[] = [
  {
    board: 'washers',
    title: '洗衣机增加夜间静音洗模式',
    body: '晚上 10 点后洗衣服，脱水声音会吵到家人和邻居。希望有一个**低转速、低噪音**的夜间模式。',
    tags: ['噪音', '程序'],
    voters: 6,
    status: [
      { key: 'planned', note: '已排入 6 月固件版本。' },
      { key: 'in_progress', note: '样机测试中，噪音降低约 8 分贝。' },
      { key: 'shipped', note: '固件 2.3 已推送，在「程序」里选择「夜间静音」。' },
    ],
    answer: '感谢大家的支持！夜间静音模式已在**固件 2.3**上线：脱水转速上限 600 转，整机噪音低于 42 分贝。',
    comments: ['太需要了，孩子睡得早。', '上线后试了，确实安静很多！'],
  },
  {
    board: 'washers',
    title: 'Remote start from the phone app',
    body: 'Let me load the drum in the morning and start the wash from work so it finishes when I get home.',
    tags: ['App'],
    voters: 5,
    status: [{ key: 'planned', note: 'Planned for the Q3 app release.' }],
    answer: 'Great idea — remote start is planned for Q3, with a door-lock safety check first.',
    comments: ['Would love a notification when it finishes too.'],
  },
  {
    board: 'washers',
    title: '门封圈容易发霉，希望增加自清洁提醒',
    body: '用了半年门封圈就有黑点，希望每 30 次洗涤提醒一次筒自洁。',
    tags: ['清洁'],
    voters: 4,
    status: [{ key: 'under_review', note: '正在评估提醒频率。' }],
  },
  {
    board: 'washers',
    title: 'Child lock that survives a power cut',
    body: 'After a power cut the child lock is off. It should stay on.',
    tags: ['Safety'],
    voters: 3,
  },
  {
    board: 'washers',
    title: '洗涤剂自动投放量可调',
    body: '不同品牌洗衣液浓度不一样，希望能自己设定每次的投放量。',
    tags: ['程序'],
    voters: 3,
  },
  {
    board: 'washers',
    title: 'Show the energy used by each wash',
    body: 'A kWh figure at the end of every programme would help us pick greener ones.',
    tags: ['App'],
    voters: 2,
    status: [
      {
        key: 'declined',
        note: 'The current meter is not precise enough; we will revisit with the next hardware generation.',
      },
    ],
    answer:
      'Thank you — we cannot measure per-wash energy reliably on current models, so we are declining this for now.',
  },
  {
    board: 'app',
    title: '手机 App 增加家庭共享',
    body: '家里人都想用同一台设备，现在只能一个账号绑定。',
    tags: [],
    voters: 5,
    status: [{ key: 'in_progress', note: '家庭共享正在开发，预计下月内测。' }],
  },
  { board: 'app', title: 'Dark mode for the app', body: 'The app is very bright at night.', tags: [], voters: 4 },
  {
    board: 'app',
    title: '维修进度可以在 App 里实时查看',
    body: '报修后不知道师傅什么时候到，希望像外卖一样看到进度。',
    tags: [],
    voters: 3,
  },
  { board: 'vip-lab', title: '新品抢先体验计划', body: 'VIP 用户希望能提前试用新品并反馈。', tags: [], voters: 2 },
];

/** A living demo: three boards, Chinese and English ideas at every stage, votes, answers, comments. */
export async function demo(db: Db, workspaceId: string, config: Config): Promise<void> {
  if (await db.selectFrom('idea_boards').select('id').where('workspace_id', '=', workspaceId).executeTakeFirst())
    return;
  // Customers first (they author most ideas), each group in the order they joined.
  const people = (await listPeople(db, workspaceId, { activeOnly: true })).sort(
    (a, b) => Number(a.role !== 'customer') - Number(b.role !== 'customer'),
  );
  const owner = people.find((p) => p.role === 'owner') ?? people[people.length - 1]!;
  const agent = people.find((p) => p.role === 'agent') ?? owner;
  const ctxOf = (userId: string, role: string): CommandContext => ({
    db,
    config,
    origin: { ip: null, userAgent: 'cocreate demo' },
    actor: { kind: 'user', workspaceId, userId, role: role as 'customer', sessionHash: '' },
  });
  const ownerCtx = ctxOf(owner.id, owner.role);
  await createBoard(ownerCtx, {
    slug: 'washers',
    name: '洗衣机 · Washing machines',
    description: '关于洗衣机和烘干机的一切想法。Everything about washers and dryers.',
    tags: ['噪音', '程序', '清洁', 'App', 'Safety'],
    thresholdSupporters: 5,
    answerDays: 14,
    importanceEnabled: true,
    weightRule: { attribute: 'segment', values: { VIP: 3, standard: 1 } },
  });
  await createBoard(ownerCtx, {
    slug: 'app',
    name: '手机 App · Mobile app',
    description: '让 App 更好用。Make the app better.',
    voteBudget: 5,
  });
  await createBoard(ownerCtx, {
    slug: 'vip-lab',
    name: 'VIP 体验官 · VIP lab',
    description: '仅限 VIP 客户。VIP customers only.',
    visibility: 'private',
    accessSegments: ['VIP'],
  });
  for (const [i, idea] of IDEAS.entries()) {
    const author = people[i % people.length]!;
    const created = await submitIdea(ctxOf(author.id, author.role), {
      board: idea.board,
      title: idea.title,
      body: idea.body,
      tags: idea.tags,
      imageIds: [],
    });
    const voters = people.filter((p) => p.id !== author.id).slice(0, idea.voters);
    for (const v of voters)
      await castVote(ctxOf(v.id, v.role), created.id, v.role === 'customer' ? 'critical' : 'important').catch(
        () => undefined,
      );
    for (const [j, text] of (idea.comments ?? []).entries()) {
      const commenter = people[(i + j + 1) % people.length]!;
      await postComment(ctxOf(commenter.id, commenter.role), created.id, { body: text });
    }
    const agentCtx = ctxOf(agent.id, agent.role);
    if (idea.answer) await answerIdea(agentCtx, created.id, idea.answer);
    for (const step of idea.status ?? [])
      await changeStatus(agentCtx, created.id, { status: step.key, note: step.note });
  }
}
