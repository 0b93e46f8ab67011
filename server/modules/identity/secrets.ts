import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
// N=2^15, r=8, p=1: OWASP's scrypt recommendation; ~100 ms and 32 MiB per hash.
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;

/** Hashes a password with scrypt; the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  // Without a stored hash, still spend the time, so a missing account is not faster to reject.
  const [scheme, n, r, p, salt, hash] = (stored ?? `scrypt$${N}$${R}$${P}$${DUMMY_SALT}$${DUMMY_SALT}`).split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return stored !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}
const DUMMY_SALT = 'AAAAAAAAAAAAAAAAAAAAAA';

/** A random secret for links, cookies and keys (256 bits). */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a database leak does not leak live tokens. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Link tokens carry their workspace (`<workspaceId>.<secret>`), which leads every lookup. */
export const compoundToken = (workspaceId: string, secret: string): string => `${workspaceId}.${secret}`;

export function parseCompoundToken(value: string): { workspaceId: string; secret: string } | null {
  const match = value.match(/^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/);
  return match ? { workspaceId: match[1]!, secret: match[2]! } : null;
}
