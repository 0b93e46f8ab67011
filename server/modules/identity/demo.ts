import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/index.js';
import { newId } from '../../platform/ids.js';
import { insertWorkspace } from './commands/insert-workspace.js';
import { hashPassword } from './secrets.js';
import type { Role } from './tables.js';

export const DEMO_PASSWORD = 'cocreate-demo';

const PEOPLE: { role: Role; email: string; name: string; locale: string; attributes?: Record<string, string> }[] = [
  { role: 'admin', email: 'admin@demo.cocreate.dev', name: '陈管理员', locale: 'zh-CN' },
  { role: 'agent', email: 'agent@demo.cocreate.dev', name: '刘客服', locale: 'zh-CN' },
  { role: 'moderator', email: 'moderator@demo.cocreate.dev', name: 'Mia Moderator', locale: 'en' },
  {
    role: 'customer',
    email: 'customer@demo.cocreate.dev',
    name: '张女士',
    locale: 'zh-CN',
    attributes: { segment: 'VIP', city: '青岛' },
  },
  {
    role: 'customer',
    email: 'customer.en@demo.cocreate.dev',
    name: 'Sam Customer',
    locale: 'en',
    attributes: { segment: 'standard', city: 'Shanghai' },
  },
];

/**
 * The demo workspace with one account per role (all with the same password). Returns null when
 * it exists already, so running the demo twice changes nothing.
 */
export async function createDemoWorkspace(
  db: Db,
): Promise<{ workspaceId: string; accounts: { role: Role; email: string }[] } | null> {
  if (await db.selectFrom('workspaces').select('id').where('slug', '=', 'demo').executeTakeFirst()) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return withTransaction(db, async (tx) => {
    const { workspaceId } = await insertWorkspace(
      tx,
      {
        name: '美家电器共创社区 · HomeGear Co-creation',
        slug: 'demo',
        defaultLocale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      },
      { email: 'owner@demo.cocreate.dev', passwordHash, displayName: '王总监', locale: 'zh-CN' },
      null,
    );
    for (const p of PEOPLE) {
      await tx
        .insertInto('users')
        .values({
          workspace_id: workspaceId,
          id: newId(),
          email: p.email,
          email_verified_at: new Date(),
          password_hash: passwordHash,
          display_name: p.name,
          locale: p.locale,
          role: p.role,
          attributes: JSON.stringify(p.attributes ?? {}),
        })
        .execute();
    }
    return {
      workspaceId,
      accounts: [
        { role: 'owner' as Role, email: 'owner@demo.cocreate.dev' },
        ...PEOPLE.map((p) => ({ role: p.role, email: p.email })),
      ],
    };
  });
}
