import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { removeMacro, saveMacro } from '../commands/macros.js';
import { addRootCause, removeRootCause } from '../commands/root-causes.js';
import { saveCalendar } from '../commands/save-calendar.js';
import { saveSettings } from '../commands/save-settings.js';
import { savePolicies } from '../commands/save-sla-policies.js';
import { saveTeam } from '../commands/save-team.js';
import {
  CalendarSchema,
  MacroInputSchema,
  MacroSchema,
  PoliciesSchema,
  PoliciesViewSchema,
  RenderedMacroSchema,
  RootCauseInputSchema,
  RootCauseSchema,
  SettingsSchema,
  TeamInputSchema,
  TeamSchema,
} from '../config-schemas.js';
import { listCalendarDays, listMacros, listRootCauses, listSlaPolicies, listTeams } from '../configuration-queries.js';
import { manageAccess, readAccess } from '../permissions.js';
import { presentSlaPolicies } from '../presenters.js';
import { renderMacro } from '../queries.js';
import { IdParams } from '../schemas.js';
import { getCaseSettings } from '../settings.js';

const tags = ['Cases (settings)'];

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
    async (request) => saveSettings(commandContext(request), request.body),
  );

  app.get(
    '/cases/sla-policies',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'SLA targets (working minutes) per priority and case type',
        response: { 200: PoliciesViewSchema },
      },
    },
    async (request) => presentSlaPolicies(await listSlaPolicies(db, requireWorkspace(request.actor))),
  );
  app.put(
    '/cases/sla-policies',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: 'Replace the SLA policies',
        body: PoliciesSchema,
        response: { 200: PoliciesViewSchema },
      },
    },
    async (request) => presentSlaPolicies(await savePolicies(commandContext(request), request.body)),
  );

  app.get(
    '/cases/calendar',
    {
      config: readAccess,
      schema: { tags, summary: 'Holidays and make-up working days', response: { 200: CalendarSchema } },
    },
    async (request) => ({ items: await listCalendarDays(db, requireWorkspace(request.actor)) }),
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
    async (request) => saveCalendar(commandContext(request), request.body),
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
    async (request) => ({ items: await listTeams(db, requireWorkspace(request.actor)) }),
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
    async (request) => ({ items: await listRootCauses(db, requireWorkspace(request.actor)) }),
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
    async (request) => ({ items: await listMacros(db, requireWorkspace(request.actor)) }),
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
