import { createHash, randomBytes } from 'node:crypto';

export const randomToken = (): string => randomBytes(24).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
