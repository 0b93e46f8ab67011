import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../../../platform/http/pagination.js';
import { findOpenInvitation } from '../commands/accept-invitation.js';
import { changeMemberRole } from '../commands/change-member-role.js';
import { inviteMember } from '../commands/invite-member.js';
import { revokeInvitation } from '../commands/revoke-invitation.js';
import { commandContext } from '../context.js';
import { requireWorkspace } from '../policies.js';
import { presentInvitation, presentInvitationPreview, presentUser } from '../presenters.js';
import { getWorkspaceRow, listMembers, listOpenInvitations } from '../queries.js';
import {
  ChangeRoleSchema,
  IdParams,
  InvitationPreviewQuerySchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InviteSchema,
  UserSchema,
} from '../schemas.js';

const tags = ['Members'];
const manage = { access: { permission: 'members.manage' } } as const;

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/members',
    {
      config: { access: { permission: 'members.read' } },
      schema: {
        tags,
        summary: 'Staff of the workspace',
        querystring: PageQuerySchema,
        response: { 200: pageOf(UserSchema) },
      },
    },
    async (request) => listMembers(app.platform.db, requireWorkspace(request.actor), request.query),
  );

  app.patch(
    '/members/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: "Change a person's role",
        params: IdParams,
        body: ChangeRoleSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) =>
      presentUser((await changeMemberRole(commandContext(request), request.params.id, { role: request.body.role }))!),
  );

  app.delete(
    '/members/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a member (disables the account and ends its sessions)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeMemberRole(commandContext(request), request.params.id, { remove: true });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/invitations',
    {
      config: manage,
      schema: { tags, summary: 'Open invitations', response: { 200: z.object({ items: z.array(InvitationSchema) }) } },
    },
    async (request) => ({ items: await listOpenInvitations(app.platform.db, requireWorkspace(request.actor)) }),
  );

  app.post(
    '/invitations',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Invite a staff member by email',
        body: InviteSchema,
        response: { 201: InvitationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentInvitation(await inviteMember(commandContext(request), request.body))),
  );

  app.delete(
    '/invitations/:id',
    {
      config: manage,
      schema: { tags, summary: 'Withdraw an invitation', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeInvitation(commandContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/invitations/preview',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an invitation link is for (before accepting)',
        querystring: InvitationPreviewQuerySchema,
        response: { 200: InvitationPreviewSchema },
      },
    },
    async (request) => {
      const invitation = await findOpenInvitation(app.platform.db, request.query.token);
      const workspace = await getWorkspaceRow(app.platform.db, invitation.workspace_id);
      return presentInvitationPreview(invitation, workspace);
    },
  );
};
