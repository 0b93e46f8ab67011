import type { Tx } from '../../platform/db/index.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from './policies.js';

/** Where a staff action came from, for the audit log. */
export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Records a staff action (settings, roles, keys) in the same transaction as the change:
 * who, what, on what, when, from where.
 */
export async function audit(
  tx: Tx,
  actor: Actor,
  origin: Origin,
  entry: {
    action: string;
    targetType?: string;
    targetId?: string;
    details?: Record<string, unknown>;
    workspaceId?: string;
  },
): Promise<void> {
  const workspaceId = entry.workspaceId ?? actor.workspaceId;
  if (!workspaceId) return;
  const actorId = actor.kind === 'user' ? actor.userId : actor.kind === 'api_key' ? actor.keyId : null;
  let label = 'anonymous';
  if (actor.kind === 'user') {
    const user = await tx
      .selectFrom('users')
      .select(['display_name', 'email'])
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.userId)
      .executeTakeFirst();
    label = user ? `${user.display_name}${user.email ? ` <${user.email}>` : ''}` : actor.userId;
  } else if (actor.kind === 'api_key') {
    const key = await tx
      .selectFrom('api_keys')
      .select('name')
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.keyId)
      .executeTakeFirst();
    label = `API key ${key?.name ?? actor.keyId}`;
  }
  await tx
    .insertInto('audit_log')
    .values({
      workspace_id: workspaceId,
      id: newId(),
      actor_id: actorId,
      actor_label: label,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      details: JSON.stringify(entry.details ?? {}),
      ip: origin.ip,
      user_agent: origin.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}
