/** A tag of the API reference: a group of operations an integrator looks for together. */
export interface ApiTag {
  name: string;
  description: string;
  /** The module whose routes carry it. */
  module: string;
  /** The tags routes declare in their schema that are shown as this one. */
  routeTags?: readonly string[];
}

/**
 * How the modules' routes are presented in the OpenAPI document: the tags (grouped by module in
 * `x-tagGroups`) and the operation names the rule in operation-ids.ts cannot guess.
 */
export interface ApiReference {
  /** Module name -> the title of its group of tags. */
  modules: Readonly<Record<string, string>>;
  tags: readonly ApiTag[];
  /** `'PUT /ideas/{id}/vote'` (the path without `/api/v1`) -> `castVote`. A route's own `schema.operationId` wins. */
  operationIds: Readonly<Record<string, string>>;
  /**
   * Operations that take a multipart body (`'POST /files'`): their handler reads the body after
   * an Idempotency-Key would be claimed, so the key cannot be checked against it and they take none.
   */
  uploads: readonly string[];
  /**
   * Where a 201 points when the created thing is not read at the creating path plus its id
   * (`'POST /s/{slug}/responses'` -> `'/survey-responses/{id}'`; the last parameter is the new id).
   */
  locations: Readonly<Record<string, string>>;
}
