import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config.js';

export const SESSION_COOKIE = 'cocreate_session';
export const SESSION_DAYS = 30;

/** The cookie holds `<workspaceId>.<token>`: the workspace leads every session lookup. */
export function setSessionCookie(reply: FastifyReply, config: Config, workspaceId: string, token: string): void {
  reply.setCookie(SESSION_COOKIE, `${workspaceId}.${token}`, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.publicUrl.startsWith('https://'),
    maxAge: SESSION_DAYS * 24 * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function parseSessionCookie(value: string | undefined): { workspaceId: string; token: string } | null {
  const match = value?.match(/^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/);
  return match ? { workspaceId: match[1]!, token: match[2]! } : null;
}
