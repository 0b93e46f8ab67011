import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import type { Config } from '../config.js';

/**
 * Security headers with a real Content-Security-Policy: scripts only from our own origin, no
 * inline script, no plugins, no framing. Mantine sets inline style attributes, hence
 * style-src 'unsafe-inline' (styles cannot run code).
 */
export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.publicUrl.startsWith('https://') ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
  });
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    // Only the API is limited; static assets and health checks are cheap and must not be refused.
    // Judged by the route the router matched: the raw URL may be spelt `/%61pi/…` and still
    // reach an API route. (The limiter's hook runs on matched routes only.)
    allowList: (request) => !(request.routeOptions.url ?? '').startsWith('/api/'),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', 429, `Too many requests; try again in ${context.after}.`),
  });
}
