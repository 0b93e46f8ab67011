import type { IncomingMessage } from 'node:http';
import { newId } from '../ids.js';

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's x-request-id when it is sane (so traces join up), otherwise makes one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE.test(given) ? given : newId();
}
