import type { ParseKeys } from 'i18next';
import { ApiError } from './api';

/** A field message: a translation key from client-side checks, or the server's own text. */
export type FieldError = { key: ParseKeys } | { text: string };

export type FieldErrors<K extends string> = Partial<Record<K, FieldError>>;

/** Client-side rules; each returns the translation key of its message, or undefined when satisfied. */
export const rules = {
  required: (value: string): ParseKeys | undefined => (value.trim() ? undefined : 'validation.required'),
  email: (value: string): ParseKeys | undefined =>
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : 'validation.email',
  password: (value: string): ParseKeys | undefined => (value.length >= 10 ? undefined : 'validation.passwordLength'),
  slug: (value: string): ParseKeys | undefined =>
    /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(value) ? undefined : 'validation.slug',
  optionalUrl: (value: string): ParseKeys | undefined =>
    !value.trim() || /^https?:\/\/[^\s/]+\S*$/i.test(value.trim()) ? undefined : 'validation.url',
};

/** The first failing rule's message for one value. */
export function firstError(
  value: string,
  ...checks: ((value: string) => ParseKeys | undefined)[]
): FieldError | undefined {
  for (const check of checks) {
    const key = check(value);
    if (key) return { key };
  }
  return undefined;
}

/**
 * Per-field messages of a validation problem, keyed by the request-body path without the
 * `body.` prefix (`email`, `owner.email`, `businessHours.mon.0.end`).
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const found: Record<string, string> = {};
  for (const fieldError of error.errors) {
    const field = fieldError.field.replace(/^body\./, '');
    found[field] ??= fieldError.message;
  }
  return found;
}
