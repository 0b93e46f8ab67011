import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import {
  addRootCause,
  removeMacro,
  removeRootCause,
  saveCalendar,
  saveMacro,
  savePolicies,
  saveSettings,
  saveTeam,
} from '../commands/configure.js';
import {
  CalendarSchema,
  MacroInputSchema,
  MacroSchema,
  PoliciesSchema,
  RenderedMacroSchema,
  RootCauseInputSchema,
  RootCauseSchema,
  SettingsSchema,
  TeamInputSchema,
  TeamSchema,
} from '../config-schemas.js';
import { manageAccess, readAccess } from '../permissions.js';
import { renderMacro } from '../queries.js';
import { IdParams } from '../schemas.js';
import { getCaseSettings } from '../settings.js';
import { DEFAULT_TARGETS } from '../sla/clock.js';

const tags = ['Cases (settings)'];
const day = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export const configurationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;

  app.get(
    '/cases/settings',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'Remedy menu, external recourse text, reopen period, warranty terms',
        response: { 200: SettingsSchema },
      },
    },
    async (request) => getCaseSettings(db, requireWorkspace(request.actor)),
  );
  app.put(
    '/cases/settings',
    {
      config: manageAccess,
      schema: { tags, summary: 'Save the case settings', body: SettingsSchema, response: { 200: SettingsSchema } },
    },
    async (request) => {
      await saveSettings(commandContext(request), request.body);
      return getCaseSettings(db, requireWorkspace(request.actor));
    },
  );

  const policies = async (workspaceId: string) => {
    const rows = await db
      .selectFrom('case_sla_policies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('priority')
      .orderBy('case_type')
      .execute();
    return {
      items: rows.map((p) => ({
        priority: p.priority,
        caseType: p.case_type,
        firstResponseMinutes: p.first_response_minutes,
        nextResponseMinutes: p.next_response_minutes,
        resolutionMinutes: p.resolution_minutes,
      })),
      defaults: DEFAULT_TARGETS,
    };
  };
  const Targets = z.object({
    firstResponseMinutes: z.number(),
    nextResponseMinutes: z.number(),
    resolutionMinutes: z.number(),
  });
  const PoliciesView = PoliciesSchema.extend({ defaults: z.record(z.string(), Targets) });
  app.get(
    '/cases/sla-policies',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'SLA targets (working minutes) per priority and case type',
        response: { 200: PoliciesView },
      },
    },
    async (request) => policies(requireWorkspace(request.actor)),
  );
  app.put(
    '/cases/sla-policies',
    {
      config: manageAccess,
      schema: { tags, summary: 'Replace the SLA policies', body: PoliciesSchema, response: { 200: PoliciesView } },
    },
    async (request) => {
      await savePolicies(commandContext(request), request.body);
      return policies(requireWorkspace(request.actor));
    },
  );

  const calendar = async (workspaceId: string) => ({
    items: (
      await db
        .selectFrom('case_calendar_days')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('day')
        .execute()
    ).map((d) => ({ day: day(d.day), kind: d.kind, name: d.name })),
  });
  app.get(
    '/cases/calendar',
    {
      config: readAccess,
      schema: { tags, summary: 'Holidays and make-up working days', response: { 200: CalendarSchema } },
    },
    async (request) => calendar(requireWorkspace(request.actor)),
  );
  app.put(
    '/cases/calendar',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Replace the holidays and make-up working days',
        body: CalendarSchema,
        response: { 200: CalendarSchema },
      },
    },
    async (request) => {
      await saveCalendar(commandContext(request), request.body);
      return calendar(requireWorkspace(request.actor));
    },
  );

  app.get(
    '/case-teams',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'Teams and how they assign',
        response: { 200: z.object({ items: z.array(TeamSchema) }) },
      },
    },
    async (request) => {
      const workspaceId = requireWorkspace(request.actor);
      const [teams, members] = await Promise.all([
        db.selectFrom('case_teams').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute(),
        db.selectFrom('case_team_members').selectAll().where('workspace_id', '=', workspaceId).execute(),
      ]);
      return {
        items: teams.map((t) => ({
          id: t.id,
          name: t.name,
          assignment: t.assignment,
          memberIds: members.filter((m) => m.team_id === t.id).map((m) => m.user_id),
        })),
      };
    },
  );
  app.post(
    '/case-teams',
    {
      config: manageAccess,
      schema: { tags, summary: 'Create a team', body: TeamInputSchema, response: { 201: TeamSchema } },
    },
    async (request, reply) => reply.status(201).send(await saveTeam(commandContext(request), null, request.body)),
  );
  app.put(
    '/case-teams/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Change a team',
        params: IdParams,
        body: TeamInputSchema,
        response: { 200: TeamSchema },
      },
    },
    async (request) => saveTeam(commandContext(request), request.params.id, request.body),
  );

  app.get(
    '/case-root-causes',
    {
      config: readAccess,
      schema: {
        tags,
        summary: "The root-cause taxonomy (a tree), with each cause's path",
        response: { 200: z.object({ items: z.array(RootCauseSchema) }) },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('case_root_causes')
        .selectAll()
        .where('workspace_id', '=', requireWorkspace(request.actor))
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const path = (id: string, depth = 0): string => {
        const r = byId.get(id)!;
        return r.parent_id && byId.has(r.parent_id) && depth < 10
          ? `${path(r.parent_id, depth + 1)} › ${r.name}`
          : r.name;
      };
      return {
        items: rows
          .map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, path: path(r.id) }))
          .sort((a, b) => a.path.localeCompare(b.path)),
      };
    },
  );
  app.post(
    '/case-root-causes',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Add a root cause',
        body: RootCauseInputSchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await addRootCause(commandContext(request), request.body) }),
  );
  app.delete(
    '/case-root-causes/:id',
    {
      config: manageAccess,
      schema: { tags, summary: 'Remove an unused root cause', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeRootCause(commandContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/case-macros',
    {
      config: readAccess,
      schema: { tags, summary: 'Saved replies', response: { 200: z.object({ items: z.array(MacroSchema) }) } },
    },
    async (request) => ({
      items: await db
        .selectFrom('case_macros')
        .select(['id', 'name', 'body', 'internal'])
        .where('workspace_id', '=', requireWorkspace(request.actor))
        .orderBy('name')
        .execute(),
    }),
  );
  app.post(
    '/case-macros',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Save a reply with placeholders such as {{customer.name}} and {{case.number}}',
        body: MacroInputSchema,
        response: { 201: MacroSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await saveMacro(commandContext(request), null, request.body)),
  );
  app.put(
    '/case-macros/:id',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Change a saved reply',
        params: IdParams,
        body: MacroInputSchema,
        response: { 200: MacroSchema },
      },
    },
    async (request) => saveMacro(commandContext(request), request.params.id, request.body),
  );
  app.delete(
    '/case-macros/:id',
    {
      config: manageAccess,
      schema: { tags, summary: 'Delete a saved reply', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeMacro(commandContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/cases/:id/macros/:macroId',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'A saved reply filled in for this case',
        params: z.object({ id: z.uuid(), macroId: z.uuid() }),
        response: { 200: RenderedMacroSchema },
      },
    },
    async (request) =>
      renderMacro(
        db,
        requireWorkspace(request.actor),
        request.params.id,
        request.params.macroId,
        request.actor.kind === 'user' ? request.actor.userId : null,
      ),
  );
};
