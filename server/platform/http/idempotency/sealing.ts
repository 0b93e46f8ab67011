import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The kept answer is encrypted (AES-256-GCM) with a key derived from the Idempotency-Key the
 * client sent, which is never stored: a copy of the table alone does not disclose what was
 * answered (a new API key, a session token). Only a caller who holds the key gets it back.
 */
const keyOf = (idempotencyKey: string, scope: string): Buffer =>
  Buffer.from(hkdfSync('sha256', idempotencyKey, scope, 'cocreate idempotent answer', 32));

/** iv (12 bytes) + tag (16) + ciphertext. */
export function seal(body: Buffer, idempotencyKey: string, scope: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(idempotencyKey, scope), iv);
  const ciphertext = Buffer.concat([cipher.update(body), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** The body `seal` was given; throws if the key or scope differ or the bytes were changed. */
export function unseal(sealed: Buffer, idempotencyKey: string, scope: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', keyOf(idempotencyKey, scope), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
