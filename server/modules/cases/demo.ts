import { sql } from 'kysely';
import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db/index.js';
import { listPeople, type CommandContext } from '../identity/index.js';
import { assessCase, assignCase } from './commands/assess-case.js';
import { fileCase, recordCase } from './commands/file-case.js';
import { saveMacro } from './commands/macros.js';
import { inviteToCocreation } from './commands/organise.js';
import { postAgentMessage, postCustomerMessage } from './commands/post-message.js';
import { carryOutRemedy, decideRemedy, escalateCase, offerRemedies } from './commands/remedies.js';
import { rateCase, resolveCase } from './commands/resolve-case.js';
import { addRootCause } from './commands/root-causes.js';
import { saveCalendar } from './commands/save-calendar.js';
import { saveSettings } from './commands/save-settings.js';
import { saveTeam } from './commands/save-team.js';
import { DEFAULT_REMEDY_MENU } from './settings.js';

// Demo data after China's 2026 holiday notice (国务院办公厅): New Year, the nine-day Spring Festival
// with its two make-up Saturdays, National Day. A real workspace enters the official notice each year.
const CALENDAR = [
  ...['2026-01-01', '2026-01-02', '2026-01-03'].map((day) => ({ day, kind: 'holiday' as const, name: '元旦' })),
  { day: '2026-01-04', kind: 'workday' as const, name: '元旦调休' },
  ...Array.from({ length: 9 }, (_, i) => ({
    day: `2026-02-${String(15 + i)}`,
    kind: 'holiday' as const,
    name: '春节',
  })),
  { day: '2026-02-14', kind: 'workday' as const, name: '春节调休' },
  { day: '2026-02-28', kind: 'workday' as const, name: '春节调休' },
  ...Array.from({ length: 7 }, (_, i) => ({
    day: `2026-10-0${1 + i}`,
    kind: 'holiday' as const,
    name: '国庆节、中秋节',
  })),
  { day: '2026-10-10', kind: 'workday' as const, name: '国庆调休' },
];

const slot = (daysAhead: number, hour: number, hours = 2) => {
  const start = new Date();
  start.setUTCDate(start.getUTCDate() + daysAhead);
  start.setUTCHours(hour - 8, 0, 0, 0);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * 3_600_000).toISOString() };
};

/** A living demo: settings, a team, causes and macros; cases in Chinese and English at every step. */
export async function demoCases(db: Db, workspaceId: string, config: Config): Promise<void> {
  if (await db.selectFrom('cases').select('id').where('workspace_id', '=', workspaceId).executeTakeFirst()) return;
  const people = await listPeople(db, workspaceId, { activeOnly: true });
  const owner = people.find((p) => p.role === 'owner')!;
  const agents = people.filter((p) => p.role === 'agent' || p.role === 'admin');
  const customers = people.filter((p) => p.role === 'customer');
  if (customers.length === 0) return;
  const ctxOf = (userId: string, role: string): CommandContext => ({
    db,
    config,
    origin: { ip: null, userAgent: 'cocreate demo' },
    actor: { kind: 'user', workspaceId, userId, role: role as 'customer', sessionHash: '' },
  });
  const ownerCtx = ctxOf(owner.id, owner.role);
  const agent = agents[0] ?? owner;
  const agentCtx = ctxOf(agent.id, agent.role);
  const customer = (i: number) => ctxOf(customers[i % customers.length]!.id, 'customer');

  const team = await saveTeam(ownerCtx, null, {
    name: '售后一组 · After-sales 1',
    assignment: 'round_robin',
    memberIds: [owner.id, ...agents.map((a) => a.id)],
  });
  await saveSettings(ownerCtx, {
    remedyMenu: DEFAULT_REMEDY_MENU,
    reopenDays: 14,
    warnMinutes: 60,
    defaultTeamId: team.id,
    defaultWarrantyMonths: 12,
    externalRecourse:
      '如对处理结果仍不满意，您可以拨打全国 12345 政务服务便民热线或 12315 消费者投诉举报电话，或登录全国 12315 平台（www.12315.cn）投诉。\nIf you are still not satisfied, you can call the 12315 consumer hotline or file a complaint at www.12315.cn.',
    warrantyTerms: [
      { product: '洗衣机', months: 36 },
      { product: '空调', months: 72 },
      { product: 'Refrigerator', months: 36 },
    ],
  });
  await saveCalendar(ownerCtx, { items: CALENDAR });
  const parts = await addRootCause(ownerCtx, { name: '零部件 · Parts', parentId: null });
  const valve = await addRootCause(ownerCtx, { name: '进水阀 · Inlet valve', parentId: parts });
  await addRootCause(ownerCtx, { name: '压缩机 · Compressor', parentId: parts });
  const install = await addRootCause(ownerCtx, { name: '安装 · Installation', parentId: null });
  await addRootCause(ownerCtx, { name: '使用说明不清 · Unclear instructions', parentId: null });
  await saveMacro(ownerCtx, null, {
    name: '致歉并安排上门',
    body: '{{customer.name}}您好，关于服务单 {{case.number}}（{{case.product}}）给您带来的不便，我们深表歉意。我是{{agent.name}}，会为您安排师傅上门检查。',
    internal: false,
  });
  await saveMacro(ownerCtx, null, {
    name: 'Ask for the invoice',
    body: 'Hello {{customer.name}}, to check the warranty on {{case.number}}, could you upload a photo of the invoice? — {{agent.name}}, {{workspace.name}}',
    internal: false,
  });

  // Resolved together: offered two remedies, the customer chose one, carried out, rated.
  const leak = await fileCase(customer(0), {
    type: 'complaint',
    subject: '洗衣机底部漏水',
    description: '用了三个月，每次洗完**底部都有一滩水**。',
    product: '洗衣机',
    model: 'EG100MATE',
    serialNumber: 'HX2026031234',
    purchaseDate: '2026-03-02',
    requestedRemedy: '上门维修',
    safetyConcern: false,
    fileIds: [],
  });
  await postAgentMessage(agentCtx, leak.id, {
    body: '您好，非常抱歉！初步判断是进水阀密封问题，我们为您准备了两种方案。',
    internal: false,
    fileIds: [],
    waitOnCustomer: false,
  });
  await postAgentMessage(agentCtx, leak.id, {
    body: '同批次进水阀已有 3 起类似反馈，已通知质量部。',
    internal: true,
    fileIds: [],
    waitOnCustomer: false,
  });
  const leakOffers = await offerRemedies(agentCtx, leak.id, {
    message: '',
    offers: [
      { remedy: 'repair', terms: '免费上门更换进水阀，保修期延长 6 个月。', slots: [slot(2, 9), slot(2, 14)] },
      { remedy: 'replacement', terms: '整机换新（同型号），旧机上门回收。', slots: [slot(4, 10, 3)] },
    ],
  });
  await decideRemedy(customer(0), leak.id, { accept: true, offerId: leakOffers.offerIds[0]!, slotId: 's2' });
  await carryOutRemedy(agentCtx, leak.id);
  await resolveCase(agentCtx, leak.id, { note: '师傅已上门更换进水阀，试机无漏水。', rootCauseId: valve });
  await rateCase(customer(0), leak.id, { score: 5, comment: '师傅准时，处理得很专业。' });
  await inviteToCocreation(agentCtx, leak.id);

  // Declined and escalated: stays open with the ways to escalate.
  const noise = await fileCase(customer(1), {
    type: 'complaint',
    subject: 'Fridge compressor is very loud at night',
    description: 'A loud hum every 20 minutes since installation.',
    product: 'Refrigerator',
    model: 'BCD-470',
    serialNumber: '',
    purchaseDate: '2025-12-20',
    requestedRemedy: 'Replacement',
    safetyConcern: false,
    fileIds: [],
  });
  await offerRemedies(agentCtx, noise.id, {
    message: '',
    offers: [
      {
        remedy: 'technical_guidance',
        terms: 'A video call to level the fridge and check the feet; most hums disappear.',
        slots: [slot(1, 15, 1)],
      },
    ],
  });
  await decideRemedy(customer(1), noise.id, {
    accept: false,
    reason: 'I already levelled it twice. I want a replacement.',
  });
  await escalateCase(customer(1), noise.id, 'Please have a supervisor look at this — it has been a month.');

  // A safety issue recorded from a phone call.
  await recordCase(agentCtx, {
    channel: 'phone',
    customer: { email: 'caller.zhang@example.com', name: '张先生' },
    type: 'repair',
    subject: '空调插头发烫、有焦味',
    description: '客户来电：开机半小时后插头很烫，有焦味，已断电。',
    product: '空调',
    model: 'KFR-35GW',
    serialNumber: '',
    purchaseDate: '2024-07-01',
    requestedRemedy: '尽快上门检查',
    safetyConcern: true,
    fileIds: [],
  });

  // Waiting on the customer, and a fresh one in the queue.
  const invoice = await fileCase(customer(2), {
    type: 'repair',
    subject: 'Dryer stops after 10 minutes',
    description: 'Error E21, then it stops.',
    product: '干衣机',
    model: 'GBN100',
    serialNumber: '',
    purchaseDate: null,
    requestedRemedy: 'Repair',
    safetyConcern: false,
    fileIds: [],
  });
  await postAgentMessage(agentCtx, invoice.id, {
    body: 'Could you upload a photo of the invoice so we can check the warranty?',
    internal: false,
    fileIds: [],
    waitOnCustomer: true,
  });
  const question = await fileCase(customer(3), {
    type: 'question',
    subject: '洗衣机如何清洁滤网？',
    description: '说明书上没看懂滤网在哪里。',
    product: '洗衣机',
    model: 'EG100MATE',
    serialNumber: '',
    purchaseDate: '2026-05-18',
    requestedRemedy: '',
    safetyConcern: false,
    fileIds: [],
  });
  await postCustomerMessage(customer(3), question.id, { body: '补充：型号是 EG100MATE。', fileIds: [] });
  const install2 = await fileCase(customer(4), {
    type: 'complaint',
    subject: '安装师傅迟到三小时',
    description: '约好上午九点，下午十二点才到，也没有提前通知。',
    product: '空调',
    model: 'KFR-26GW',
    serialNumber: '',
    purchaseDate: '2026-06-10',
    requestedRemedy: '道歉并补偿',
    safetyConcern: false,
    fileIds: [],
  });
  await assessCase(agentCtx, install2.id, { severity: 'medium', priority: 'high', rootCauseId: install });
  await assignCase(agentCtx, install2.id, { assigneeId: agent.id, auto: false });
  // Give the demo a history: spread the filing times over the last weeks for the reports.
  await sql`update cases set created_at = created_at - make_interval(days => (abs(hashtext(id::text)) % 20))
    where workspace_id = ${workspaceId} and status = 'resolved'`.execute(db);
}
