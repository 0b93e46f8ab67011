import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from '../errors.js';
import { newId } from '../ids.js';

const TYPE_BASE = 'https://cocreate.dev/problems/';

/** The RFC 9457 body Cocreate sends for every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId: string;
  errors?: FieldProblem[];
  [key: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const body: Problem = {
    ...error.extra,
    type: `${TYPE_BASE}${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.detail,
    code: error.code,
    instance: request.url,
    requestId: String(request.id),
  };
  // Set here as well as in the app's onSend hook: router errors are answered outside the route
  // lifecycle, where no hook runs.
  return reply
    .status(error.status)
    .header('x-request-id', String(request.id))
    .type('application/problem+json; charset=utf-8')
    .send(body);
}

/**
 * Fastify's `frameworkErrors`: what the router refuses before any route is found — a path that
 * is not valid percent-encoding or UTF-8 (`/api/v1/%zz`), or a parameter longer than
 * `maxParamLength` — answered as problem+json like every other error.
 */
export function sendFrameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return sendProblem(reply, request, new AppError('bad_url', 400, 'The path is not valid percent-encoded UTF-8.'));
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return sendProblem(reply, request, new AppError('uri_too_long', 414, 'A part of the path is too long.'));
    default:
      request.log.error({ err: error }, 'router error');
      return sendProblem(reply, request, new AppError('internal_error', 500, 'Something went wrong on our side.'));
  }
}

/**
 * Fastify's `clientErrorHandler`: requests Node's HTTP parser refuses (malformed request line,
 * headers too large, a timeout) never become a request, so the problem+json is written by hand.
 */
export function writeClientErrorProblem(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail]: [number, string, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'The request took too long to arrive.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'The request headers are too large.']
        : [400, 'bad_request', 'The request is not valid HTTP.'];
  const requestId = newId();
  const body = JSON.stringify({
    type: `${TYPE_BASE}${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    requestId,
  } satisfies Problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Field names start with where the value was, spelt as docs/api.md says: `query.limit`, not `querystring.limit`. */
const FIELD_PREFIX: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

const UNKNOWN_FIELD = 'is not a field this operation takes';

/** Maps every thrown error to problem+json; unknown errors are logged and hidden. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return sendProblem(reply, request, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = FIELD_PREFIX[err.validationContext ?? 'body'] ?? err.validationContext;
      const errors = err.validation.flatMap((v) => {
        const field = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
        // A strict body's unknown keys are named one by one, each as the field it would be.
        const unknown = v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
        if (unknown.length > 0) return unknown.map((key) => ({ field: `${field}.${key}`, message: UNKNOWN_FIELD }));
        return [{ field, message: v.message ?? 'is invalid' }];
      });
      const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return sendProblem(reply, request, new AppError('validation_failed', 400, detail, { errors }));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
      return sendProblem(reply, request, new AppError('internal_error', 500, 'Something went wrong on our side.'));
    }
    const status = err.statusCode !== undefined && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err }, 'unhandled error');
      return sendProblem(reply, request, new AppError('internal_error', 500, 'Something went wrong on our side.'));
    }
    const code = fastifyCode(err, status);
    return sendProblem(reply, request, new AppError(code, status, err.message));
  });
}

function fastifyCode(err: FastifyError, status: number): string {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'malformed_json';
    default:
      return CODES_BY_STATUS[status] ?? 'bad_request';
  }
}

const CODES_BY_STATUS: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'headers_too_large',
};
