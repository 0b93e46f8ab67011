/**
 * Operation names for SDKs, made from the method and the path so that every route has one
 * without writing it: `GET /ideas` -> `listIdeas`, `GET /ideas/{id}` -> `getIdea`,
 * `POST /cases` -> `createCase`, `PATCH /cases/{id}` -> `updateCase`,
 * `POST /ideas/{id}/merge` -> `mergeIdea`, `GET /cases/reports.csv` -> `exportCaseReportsCsv`.
 * A route whose name the rule cannot guess says it in `schema.operationId`.
 */

/** Path segments that name an action rather than a resource: `POST /ideas/{id}/merge`. */
const ACTIONS = new Set([
  'accept',
  'complete',
  'identify',
  'match',
  'merge',
  'read',
  'read-all',
  'reopen',
  'retry',
  'rotate-secret',
  'resend-verification',
  'sign-in',
  'sign-out',
  'sign-out-everywhere',
  'sign-up',
  'switch-workspace',
  'verify-email',
]);

/** Segments that group routes without naming anything a client holds (`/api/v1`, `/admin`, `/auth`). */
const SILENT = new Set(['api', 'v1', 'admin', 'auth']);

/** `idea-boards` -> `['idea', 'boards']`; `reports.csv` -> `['reports', 'csv']`. */
const words = (segment: string) => segment.split(/[-_.]/).filter(Boolean);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** English plural to singular, for the nouns of an API: ideas, cases, statuses, policies, keys. */
export function singular(word: string): string {
  if (word.length <= 2) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|tus|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The last word of a segment made singular: `idea-boards` -> `IdeaBoard`; `me` -> `My`. */
const singularSegment = (segment: string) => {
  if (segment === 'me') return 'My';
  const ws = words(segment);
  return [...ws.slice(0, -1), singular(ws[ws.length - 1] ?? '')].map(capitalise).join('');
};
const pascal = (segment: string) => words(segment).map(capitalise).join('');

const isParam = (segment: string) => segment.startsWith('{');

export interface OperationFacts {
  method: string;
  /** The OpenAPI path: `/api/v1/ideas/{id}`. */
  path: string;
  /** Whether the success answer is a page (`items` and `nextCursor`) or a list (`items`). */
  answersList: boolean;
}

/** The operation name the rule gives a route (see the file's comment). */
export function deriveOperationId({ method, path, answersList }: OperationFacts): string {
  const segments = path.split('/').filter((s) => s && !SILENT.has(s));
  const last = segments[segments.length - 1] ?? '';
  const verb = method.toLowerCase();
  // Each segment before the last names, in the singular, what the last one belongs to:
  // `/ideas/{id}/comments` -> `IdeaComments`, `/cases/settings` -> `CaseSettings`.
  const context = (upTo: number) =>
    segments
      .slice(0, upTo)
      .map((s) => (isParam(s) ? '' : singularSegment(s)))
      .join('');

  if (isParam(last)) {
    const collection = segments[segments.length - 2] ?? '';
    const noun = context(segments.length - 2) + singularSegment(collection);
    const verbs: Record<string, string> = {
      get: 'get',
      patch: 'update',
      put: 'update',
      delete: 'delete',
      post: 'update',
    };
    return `${verbs[verb] ?? verb}${noun}`;
  }
  if (last.endsWith('.csv')) return `export${context(segments.length - 1)}${pascal(last)}`;
  if (ACTIONS.has(last) && verb === 'post') {
    const [first, ...rest] = words(last);
    // The action's object is the item it is done to (`/ideas/{id}/merge` -> `mergeIdea`), the
    // thing named before it (`/invitations/accept` -> `acceptInvitation`; all of them for
    // `/notifications/read-all`), or nothing (`/auth/sign-in` -> `signIn`, `/me/switch-workspace`).
    const before = segments[segments.length - 2] ?? '';
    const object = isParam(before)
      ? context(segments.length - 1)
      : before === 'me' || before === ''
        ? ''
        : rest.includes('all')
          ? pascal(before)
          : singularSegment(before);
    return `${first}${rest.map(capitalise).join('')}${object}`;
  }
  const owner = context(segments.length - 1);
  switch (verb) {
    case 'get':
      return `${answersList ? 'list' : 'get'}${owner}${pascal(last)}`;
    case 'post':
      return `create${owner}${singularSegment(last)}`;
    case 'put':
    case 'patch':
      return `update${owner}${pascal(last)}`;
    case 'delete':
      return `delete${owner}${pascal(last)}`;
    default:
      return `${verb}${owner}${pascal(last)}`;
  }
}
