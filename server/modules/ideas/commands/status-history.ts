import type { Tx } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids.js';
import type { Actor } from '../../identity/index.js';
import { actorIdOf } from './actor.js';
import type { Idea } from './idea-rows.js';

/** One line of the idea's public history: from its current status to `to`, signed with `label`. */
export async function insertStatusChange(
  tx: Tx,
  idea: Idea,
  to: string,
  note: string,
  actor: Actor,
  label: string,
): Promise<void> {
  await tx
    .insertInto('idea_status_changes')
    .values({
      workspace_id: idea.workspace_id,
      id: newId(),
      idea_id: idea.id,
      from_status: idea.status,
      to_status: to,
      note,
      actor_id: actorIdOf(actor),
      actor_label: label,
    })
    .execute();
}
