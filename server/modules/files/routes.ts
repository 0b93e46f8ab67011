import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound } from '../../platform/errors.js';
import { commandContext, requireWorkspace } from '../identity/index.js';
import { presentFile } from './attach.js';
import { uploadFile } from './commands/upload-file.js';
import { MAX_UPLOAD_BYTES } from './process-image.js';

const FileSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
});

export const filesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2 } });

  app.post(
    '/files',
    {
      config: { access: 'signed_in', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['Files'],
        summary: 'Upload an image (multipart field "file"); attach it by id when creating an idea or a case',
        querystring: z.object({ purpose: z.enum(['idea_image', 'case_photo', 'logo']) }),
        response: { 201: FileSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError('multipart_expected', 415, 'Send the image as multipart/form-data in a field named "file".');
      // A body that only claims to be multipart (no boundary, cut short) fails inside the parser.
      const part = await request.file().catch((err: { statusCode?: number }) => {
        throw err.statusCode
          ? err
          : new AppError('malformed_multipart', 400, 'The multipart/form-data body could not be read.');
      });
      if (!part)
        throw new AppError('validation_failed', 400, 'file: is required', {
          errors: [{ field: 'body.file', message: 'is required' }],
        });
      const data = await part.toBuffer().catch(() => {
        throw new AppError('file_too_large', 413, 'Images may be at most 10 MB.');
      });
      const row = await uploadFile(commandContext(request), app.platform.storage, request.query.purpose, data);
      return reply.status(201).send(presentFile(row));
    },
  );

  app.get(
    '/files/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Files'],
        summary: 'An uploaded image; case photos only for their uploader and staff',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const workspaceId = requireWorkspace(request.actor);
      const file = await app.platform.db
        .selectFrom('files')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!file) throw notFound('The file');
      const actor = request.actor;
      const isPrivate = file.purpose === 'case_photo';
      if (isPrivate) {
        const mayView =
          (actor.kind === 'user' && (actor.role !== 'customer' || actor.userId === file.uploader_id)) ||
          actor.kind === 'api_key';
        if (!mayView) throw notFound('The file');
      }
      const data = await app.platform.storage.get(file.storage_key);
      if (!data) throw notFound('The file');
      return reply
        .type(file.content_type)
        .header('cache-control', isPrivate ? 'private, max-age=3600' : 'public, max-age=86400, immutable')
        .header('content-disposition', 'inline')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        .send(data);
    },
  );
};
