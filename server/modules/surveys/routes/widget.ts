import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../../identity/index.js';
import { matchWidget } from '../commands/match-widget.js';
import { WidgetMatchResultSchema, WidgetMatchSchema } from '../schemas.js';

const tags = ['Survey widget'];

// The frame is the only Cocreate page that another site may embed: it holds no staff screens and
// talks only to the survey API, so framing it cannot be used to trick a staff member into a click.
const FRAME_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

const FRAME_HTML = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Cocreate</title></head>
<body><main id="cc-root" aria-live="polite"></main><script src="/widget/frame.js"></script></body>
</html>
`;

export const widgetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/survey-widget/match',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'The survey the widget shows for a tracked event (or the feedback button), within sampling and the contact budget',
        body: WidgetMatchSchema,
        response: { 200: WidgetMatchResultSchema },
      },
    },
    async (request) => matchWidget(commandContext(request), request.body),
  );

  app.get(
    '/survey-widget/frame',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "The widget's frame page, embedded by cocreate.js on the brand's site",
        response: { 200: z.string() },
      },
    },
    async (_request, reply) => {
      reply.removeHeader('x-frame-options');
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', FRAME_CSP)
        .header('cache-control', 'no-cache')
        .send(FRAME_HTML);
    },
  );
};
