/** What a stable error `code` means and with which HTTP status (or statuses) it is sent. */
export interface ErrorCode {
  status: number | readonly number[];
  meaning: string;
}

/** One code of the catalogue, as the OpenAPI document and docs/api.md list it. */
export interface CataloguedCode {
  code: string;
  statuses: number[];
  meaning: string;
  /** Who catalogued it: `platform` or a module's name. */
  sources: string[];
}

const catalogue = new Map<string, CataloguedCode>();

/**
 * Adds codes to the catalogue of every code the server can send: the `code` enum of the
 * OpenAPI document's Problem schema and the table in docs/api.md (a test keeps them equal). Each
 * module's errors.ts catalogues the codes its factories make; the platform's are below. A code
 * several modules send (`slug_taken`) keeps the first meaning and gathers every status.
 */
export function catalogueErrors<const T extends Record<string, ErrorCode>>(source: string, codes: T): T {
  for (const [code, { status, meaning }] of Object.entries(codes)) {
    const entry = catalogue.get(code) ?? { code, statuses: [], meaning, sources: [] };
    entry.statuses = [...new Set([...entry.statuses, ...[status].flat()])].sort((a, b) => a - b);
    if (!entry.sources.includes(source)) entry.sources.push(source);
    catalogue.set(code, entry);
  }
  return codes;
}

/** Every catalogued code, sorted by code. */
export function errorCatalogue(): CataloguedCode[] {
  return [...catalogue.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The codes the platform sends itself: the router, the body parser, validation, limits, idempotency. */
export const platformErrorCodes = catalogueErrors('platform', {
  validation_failed: {
    status: 400,
    meaning: 'A parameter, header or body field is missing, malformed or not allowed; `errors` names each field.',
  },
  malformed_json: { status: 400, meaning: 'The body is not valid JSON.' },
  bad_url: { status: 400, meaning: 'The path is not valid percent-encoded UTF-8.' },
  bad_request: {
    status: 400,
    meaning: 'The request is not valid HTTP, or is refused for a reason with no code of its own.',
  },
  unauthenticated: { status: 401, meaning: 'Sign in (or send an API key) first.' },
  forbidden: { status: 403, meaning: 'The caller may not do this (role, API key scope, or a route for people only).' },
  not_found: {
    status: 404,
    meaning: 'No such route, or no such thing in the workspace, or one the caller may not see.',
  },
  method_not_allowed: { status: 405, meaning: 'The path exists but not with this method; `Allow` lists the methods.' },
  request_timeout: { status: 408, meaning: 'The request took too long to arrive.' },
  idempotency_request_in_progress: {
    status: 409,
    meaning: 'A request with the same `Idempotency-Key` is still being handled; retry in a moment.',
  },
  payload_too_large: { status: 413, meaning: 'The body is larger than the server accepts.' },
  uri_too_long: { status: 414, meaning: 'A part of the path is too long.' },
  unsupported_media_type: { status: 415, meaning: 'The body is not in a content type the route accepts.' },
  idempotency_key_reused: {
    status: 422,
    meaning:
      'The `Idempotency-Key` was used in the last 24 hours for a different request (method, path, query or body).',
  },
  rate_limited: { status: 429, meaning: 'Too many requests from this client address; wait as `Retry-After` says.' },
  headers_too_large: { status: 431, meaning: 'The request headers are too large.' },
  internal_error: { status: 500, meaning: 'Something went wrong on the server; the `requestId` finds it in the logs.' },
});
