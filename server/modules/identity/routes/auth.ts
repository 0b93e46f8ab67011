import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authBudget } from '../auth-budget.js';
import { acceptInvitation } from '../commands/accept-invitation.js';
import { identifyCustomer } from '../commands/identify-customer.js';
import { requestPasswordReset } from '../commands/request-password-reset.js';
import { requestSignInLink } from '../commands/request-sign-in-link.js';
import { resendVerification } from '../commands/resend-verification.js';
import { resetPassword } from '../commands/reset-password.js';
import { setUpFirstWorkspace } from '../commands/set-up-first-workspace.js';
import { signIn } from '../commands/sign-in.js';
import { signInWithLink } from '../commands/sign-in-with-link.js';
import { signOut } from '../commands/sign-out.js';
import { signUp } from '../commands/sign-up.js';
import { verifyEmail } from '../commands/verify-email.js';
import { commandContext } from '../context.js';
import { getMe, getSite } from '../queries.js';
import {
  AcceptInvitationSchema,
  EmailOnlySchema,
  IdentifiedSchema,
  IdentifySchema,
  MeSchema,
  OkSchema,
  ResetPasswordSchema,
  SetupSchema,
  SignInSchema,
  SignUpSchema,
  SiteSchema,
  TokenSchema,
} from '../schemas.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

const tags = ['Authentication'];

async function signedIn(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { workspaceId: string; userId: string; token: string },
) {
  setSessionCookie(reply, request.server.platform.config, session.workspaceId, session.token);
  return getMe(request.server.platform.db, session.workspaceId, session.userId);
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  // Brute-force protection per client address, on top of the per-account lockout.
  const strict = { rateLimit: { max: app.platform.config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } };
  // Sign-in, sign-up, reset and sign-in link requests draw on one budget per client address,
  // so spreading guesses or mail over several routes gains nothing.
  const sharedBudget = authBudget(app);
  app.get(
    '/site',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The workspace this portal shows, or that first-run setup is needed',
        response: { 200: SiteSchema },
      },
    },
    async (request) => getSite(app.platform.db, request.actor.workspaceId),
  );

  app.post(
    '/setup',
    {
      config: { access: 'public', ...strict },
      schema: {
        tags,
        summary: 'First run: create the first workspace and its owner',
        body: SetupSchema,
        response: { 201: MeSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signedIn(request, reply, await setUpFirstWorkspace(commandContext(request), request.body))),
  );

  app.post(
    '/auth/sign-up',
    {
      config: { access: 'public' },
      onRequest: sharedBudget,
      schema: {
        tags,
        summary:
          'A customer signs up with email and password; the next step is in the mail (answers the same whether or not the address has an account)',
        body: SignUpSchema,
        response: { 202: OkSchema },
      },
    },
    async (request, reply) => {
      await signUp(commandContext(request), request.body);
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { access: 'public' },
      onRequest: sharedBudget,
      schema: { tags, summary: 'Sign in with email and password', body: SignInSchema, response: { 200: MeSchema } },
    },
    async (request, reply) => signedIn(request, reply, await signIn(commandContext(request), request.body)),
  );

  app.post(
    '/auth/sign-in-link',
    {
      config: { access: 'public' },
      onRequest: sharedBudget,
      schema: {
        tags,
        summary: 'Mail a 15-minute single-use sign-in link (answers the same whether or not the account exists)',
        body: EmailOnlySchema,
        response: { 202: OkSchema },
      },
    },
    async (request, reply) => {
      await requestSignInLink(commandContext(request), request.body.email);
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/sign-in-link/complete',
    {
      config: { access: 'public', ...strict },
      schema: {
        tags,
        summary: 'Sign in with the token from a sign-in link mail',
        body: TokenSchema,
        response: { 200: MeSchema },
      },
    },
    async (request, reply) =>
      signedIn(request, reply, await signInWithLink(commandContext(request), request.body.token)),
  );

  app.post(
    '/auth/sign-out',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'End this session', response: { 200: OkSchema } },
    },
    async (request, reply) => {
      await signOut(commandContext(request), false);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'End every session of the signed-in person', response: { 200: OkSchema } },
    },
    async (request, reply) => {
      await signOut(commandContext(request), true);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/verify-email',
    {
      config: { access: 'public', ...strict },
      schema: {
        tags,
        summary: 'Confirm an email address with the token from the mail, and sign its owner in',
        body: TokenSchema,
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => signedIn(request, reply, await verifyEmail(commandContext(request), request.body.token)),
  );

  app.post(
    '/auth/resend-verification',
    {
      config: { access: 'signed_in', ...strict },
      schema: { tags, summary: 'Send the verification mail again', response: { 202: OkSchema } },
    },
    async (request, reply) => {
      await resendVerification(commandContext(request));
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { access: 'public' },
      onRequest: sharedBudget,
      schema: {
        tags,
        summary: 'Mail a password reset link (answers the same whether or not the account exists)',
        body: EmailOnlySchema,
        response: { 202: OkSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(commandContext(request), request.body.email);
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/auth/password-reset/complete',
    {
      config: { access: 'public', ...strict },
      schema: {
        tags,
        summary: 'Set a new password with the token from the mail',
        body: ResetPasswordSchema,
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => signedIn(request, reply, await resetPassword(commandContext(request), request.body)),
  );

  app.post(
    '/identify',
    {
      config: { access: 'public', ...strict },
      schema: {
        tags,
        summary: "Sign in a customer vouched for by the brand's site with a signed JWT",
        body: IdentifySchema,
        response: { 200: IdentifiedSchema },
      },
    },
    async (request, reply) => {
      const session = await identifyCustomer(commandContext(request), request.body.token);
      if (request.body.delivery === 'cookie') return signedIn(request, reply, session);
      const me = await getMe(app.platform.db, session.workspaceId, session.userId);
      return { ...me, sessionToken: `${session.workspaceId}.${session.token}` };
    },
  );

  app.post(
    '/invitations/accept',
    {
      config: { access: 'public', ...strict },
      schema: { tags, summary: 'Accept a staff invitation', body: AcceptInvitationSchema, response: { 200: MeSchema } },
    },
    async (request, reply) => signedIn(request, reply, await acceptInvitation(commandContext(request), request.body)),
  );
};
