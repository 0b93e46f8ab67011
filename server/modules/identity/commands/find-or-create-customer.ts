import type { Tx } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids.js';

/**
 * The customer with this email, or a new one without a password (recorded by staff from a call or
 * a visit); "forgot password" lets them claim the account later. Returns the user's id.
 */
export async function findOrCreateCustomer(
  tx: Tx,
  workspaceId: string,
  customer: { email: string; name: string },
): Promise<string> {
  const email = customer.email.trim().toLowerCase();
  const existing = await tx
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  await tx
    .insertInto('users')
    .values({ workspace_id: workspaceId, id, email, display_name: customer.name, role: 'customer' })
    .execute();
  return id;
}
