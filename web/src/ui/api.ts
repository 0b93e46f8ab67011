import i18n from 'i18next';
import {
  API_PREFIX,
  type BodyOf,
  type Method,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
  type Route,
} from '../api/operations';

export interface ProblemFieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, with Cocreate's stable `code` and per-field `errors`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: ProblemFieldError[];
}

/** Thrown for every failed call; `status` 0 means the server could not be reached. */
export class ApiError extends Error implements Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly code?: string;
  readonly errors: ProblemFieldError[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  /** Values for the path's `{name}` placeholders. */
  params?: Record<string, string>;
  query?: Query;
  /** JSON, or FormData for an upload. */
  body?: unknown;
  signal?: AbortSignal;
}

function url(path: string, options: RequestOptions): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`${path} needs the parameter ${name}`);
    return encodeURIComponent(value);
  });
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${filled}${search ? `?${search}` : ''}`;
}

async function problemFrom(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
  if (!/json/.test(response.headers.get('content-type') ?? '')) return fallback;
  const body: Partial<Problem> = await response.json().catch(() => ({}));
  return { ...fallback, ...body, status: response.status };
}

/**
 * Calls `/api/v1${path}` (placeholders filled from `params`); resolves with the JSON body
 * (undefined for 204) or throws ApiError. Untyped: features call it through `api`.
 */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  // Lets the server localise problem `detail` and other text into the UI's language.
  if (i18n.language) headers['accept-language'] = i18n.language;
  // The server's CSRF guard accepts writes only from callers that can set custom headers.
  if (method !== 'GET' && method !== 'HEAD') headers['x-requested-with'] = 'cocreate';
  const upload = options.body instanceof FormData;
  // FormData sets its own multipart content type, boundary included.
  if (options.body !== undefined && !upload) headers['content-type'] = 'application/json';

  const target = url(path, options);
  let response: Response;
  try {
    response = await fetch(target, {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : upload ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' });
  }

  if (!response.ok) throw new ApiError(await problemFrom(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

type ParamsOption<P> = [P] extends [never] ? { params?: never } : { params: P };
type QueryOption<Q> = [Q] extends [never] ? { query?: never } : object extends Q ? { query?: Q } : { query: Q };
/** A call's options: `params` when the path has placeholders, `query` as the operation takes it. */
export type CallOptions<M extends Method, R extends Route<M>> = ParamsOption<ParamsOf<M, R>> &
  QueryOption<QueryOf<M, R>> & { signal?: AbortSignal };
/** The options argument, required when the call cannot be made without it. */
type OptionsArg<M extends Method, R extends Route<M>> =
  object extends CallOptions<M, R> ? [options?: CallOptions<M, R>] : [options: CallOptions<M, R>];
/** The body argument: required when the operation needs one, `undefined` when it takes none. */
type BodyArgs<M extends 'post' | 'put' | 'patch', R extends Route<M>> = [BodyOf<M, R>] extends [never]
  ? [body?: undefined, ...options: OptionsArg<M, R>]
  : [body: BodyOf<M, R>, ...options: OptionsArg<M, R>];

const send =
  <M extends 'post' | 'put' | 'patch'>(method: M) =>
  <R extends Route<M>>(path: R, ...[body, options]: BodyArgs<M, R>) =>
    apiRequest<ResponseOf<M, R>>(method.toUpperCase(), path, { ...(options as RequestOptions | undefined), body });

/**
 * The API client, typed from the server's OpenAPI document (src/api/schema.d.ts): paths are
 * spelt as the spec spells them (`/ideas/{id}`), and bodies, parameters and answers are checked.
 */
export const api = {
  get: <R extends Route<'get'>>(path: R, ...[options]: OptionsArg<'get', R>) =>
    apiRequest<ResponseOf<'get', R>>('GET', path, options as RequestOptions | undefined),
  post: send('post'),
  put: send('put'),
  patch: send('patch'),
  delete: <R extends Route<'delete'>>(path: R, ...[options]: OptionsArg<'delete', R>) =>
    apiRequest<ResponseOf<'delete', R>>('DELETE', path, options as RequestOptions | undefined),
  /** Sends one file as the multipart field `file`, e.g. to `/files` with its purpose. */
  upload: <R extends Route<'post'>>(path: R, file: Blob, ...[options]: OptionsArg<'post', R>) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<ResponseOf<'post', R>>('POST', path, { ...(options as RequestOptions | undefined), body: form });
  },
};
