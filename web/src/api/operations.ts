// Names for the parts of the generated OpenAPI types (schema.d.ts), so that the client and the
// features read `ResponseOf<'get', '/ideas/{id}'>` instead of five levels of indexing.
import type { paths } from './schema';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every API path is served under this prefix; the client adds it. */
export const API_PREFIX = '/api/v1';

type FullPath<R extends string> = Extract<keyof paths, `${typeof API_PREFIX}${R}`>;

/** The paths (without `/api/v1`) that answer method `M`, as the spec spells them: `/ideas/{id}`. */
export type Route<M extends Method> = {
  [P in keyof paths]: P extends `${typeof API_PREFIX}${infer R}` ? (undefined extends paths[P][M] ? never : R) : never;
}[keyof paths];

export type Operation<M extends Method, R extends Route<M>> = NonNullable<paths[FullPath<R>][M]>;

type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : undefined;
type Responses<O> = O extends { responses: infer Rs } ? Rs : never;
type Success<O> = JsonContent<Responses<O>[Extract<keyof Responses<O>, 200 | 201 | 202 | 204>]>;

/** What a successful call answers (undefined for 204). */
export type ResponseOf<M extends Method, R extends Route<M>> = Success<Operation<M, R>>;

type RequestBody<O> = O extends { requestBody?: infer B } ? NonNullable<B> : never;

/** The JSON body a call sends; never when the operation takes none. */
export type BodyOf<M extends Method, R extends Route<M>> = [RequestBody<Operation<M, R>>] extends [never]
  ? never
  : JsonContent<RequestBody<Operation<M, R>>>;

/** The path parameters (`{ id: string }`); never when the path has none. */
export type ParamsOf<M extends Method, R extends Route<M>> =
  Operation<M, R> extends { parameters: { path: infer Params } } ? Params : never;

/** The query parameters; never when the operation takes none. */
export type QueryOf<M extends Method, R extends Route<M>> =
  Operation<M, R> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
