import { sql } from 'kysely';
import type { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { requireUser } from '../policies.js';
import type { ProfileUpdateSchema } from '../schemas.js';

/** The signed-in person changes their display name, avatar or language. */
export async function updateProfile(ctx: CommandContext, input: z.infer<typeof ProfileUpdateSchema>) {
  const actor = requireUser(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const user = await tx
      .updateTable('users')
      .set({
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.avatarUrl !== undefined ? { avatar_url: input.avatarUrl } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        updated_at: sql<Date>`now()`,
      })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await record(tx, {
      name: IdentityEvents.profileUpdated,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: user.role === 'customer' ? actor.userId : null,
      payload: { userId: actor.userId, fields: Object.keys(input) },
    });
    return user;
  });
}
