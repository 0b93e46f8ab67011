/** One field-level problem inside a validation error. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one error type of Cocreate. `code` is stable and documented (clients switch on it);
 * `detail` is for people. Rendered as RFC 9457 problem+json at the HTTP edge.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly detail: string,
    readonly extra: { errors?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', 404, `${what} was not found.`);
export const forbidden = (detail = 'You may not do this.') => new AppError('forbidden', 403, detail);
export const unauthenticated = (detail = 'Sign in first.') => new AppError('unauthenticated', 401, detail);
export const conflict = (code: string, detail: string) => new AppError(code, 409, detail);
export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', 400, `${field}: ${message}`, { errors: [{ field, message }] });
