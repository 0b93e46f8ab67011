import type { Tx } from '../../../platform/db/index.js';
import { findPerson, type Actor } from '../../identity/index.js';

/** The person acting, for columns and events that name one; API keys and the system are nobody. */
export const actorIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.userId : null);

/** How a staff act is signed in public history: the person's name, or the API key's. */
export async function actorLabel(tx: Tx, actor: Actor): Promise<string> {
  if (actor.kind === 'user') {
    const u = await findPerson(tx, actor.workspaceId, actor.userId);
    return u?.displayName ?? 'staff';
  }
  if (actor.kind === 'api_key') {
    const k = await tx
      .selectFrom('api_keys')
      .select('name')
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.keyId)
      .executeTakeFirst();
    return `API: ${k?.name ?? actor.keyId}`;
  }
  return 'system';
}
