// A tiny module used by the kernel's own tests: a tenant table, a command that records an event,
// and a paginated list — the shape every real module follows.
import { sql, type ColumnType, type Kysely } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTransaction } from '../platform/db/index.js';
import { record } from '../platform/events/index.js';
import { decodeCursor, pageOf, PageQuerySchema, toPage } from '../platform/http/pagination.js';
import { newId } from '../platform/ids.js';
import type { CocreateModule } from '../platform/module.js';

declare module '../platform/db/schema.js' {
  interface Database {
    test_notes: { workspace_id: string; id: string; body: string; created_at: ColumnType<Date, never, never> };
  }
}

export async function createNotesTable(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
): Promise<void> {
  await sql`create table if not exists test_notes (
    workspace_id uuid not null, id uuid not null, body text not null,
    created_at timestamptz not null default now(), primary key (workspace_id, id))`.execute(db);
}

const NoteSchema = z.object({ id: z.uuid(), body: z.string() });
const Params = z.object({ workspaceId: z.uuid() });

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/workspaces/:workspaceId/notes',
    {
      config: { access: 'public' },
      schema: { params: Params, body: z.object({ body: z.string().min(1).max(200) }), response: { 201: NoteSchema } },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      const note = await withTransaction(app.platform.db, async (tx) => {
        const row = { id: newId(), body: request.body.body };
        await tx
          .insertInto('test_notes')
          .values({ workspace_id: workspaceId, ...row })
          .execute();
        await record(tx, { name: 'test.note.written', workspaceId, payload: { noteId: row.id } });
        return row;
      });
      return reply.status(201).send(note);
    },
  );
  app.get(
    '/workspaces/:workspaceId/notes',
    {
      config: { access: 'public' },
      schema: { params: Params, querystring: PageQuerySchema, response: { 200: pageOf(NoteSchema) } },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, 1);
      let q = app.platform.db
        .selectFrom('test_notes')
        .select(['id', 'body'])
        .where('workspace_id', '=', request.params.workspaceId)
        .orderBy('id')
        .limit(limit + 1);
      if (after) q = q.where('id', '>', String(after[0]));
      const rows = await q.execute();
      return toPage(
        rows,
        limit,
        (r) => [r.id],
        (r) => r,
      );
    },
  );
};

export const notesModule: CocreateModule = { name: 'notes', routes };
