import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandContext, requireWorkspace } from '../identity/index.js';
import { uploadFile } from './commands/upload-file.js';
import { fileMissing, fileNotFound, fileTooLarge, malformedMultipart, multipartExpected } from './errors.js';
import { isPrivateFile, mayViewFile } from './policies.js';
import { presentFile } from './presenters.js';
import { MAX_UPLOAD_BYTES } from './process-image.js';
import { findFile } from './queries.js';
import { FileSchema, IdParams, UploadQuerySchema } from './schemas.js';

export const filesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2 } });

  app.post(
    '/files',
    {
      config: { access: 'signed_in', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['Files'],
        summary: 'Upload an image (multipart field "file"); attach it by id when creating an idea or a case',
        querystring: UploadQuerySchema,
        response: { 201: FileSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw multipartExpected();
      // A body that only claims to be multipart (no boundary, cut short) fails inside the parser.
      const part = await request.file().catch((err: { statusCode?: number }) => {
        throw err.statusCode ? err : malformedMultipart();
      });
      if (!part) throw fileMissing();
      const data = await part.toBuffer().catch(() => {
        throw fileTooLarge();
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
        params: IdParams,
      },
    },
    async (request, reply) => {
      const file = await findFile(app.platform.db, requireWorkspace(request.actor), request.params.id);
      // A private file the caller may not see answers as if it did not exist.
      if (!file || !mayViewFile(request.actor, file)) throw fileNotFound();
      const data = await app.platform.storage.get(file.storage_key);
      if (!data) throw fileNotFound();
      return reply
        .type(file.content_type)
        .header(
          'cache-control',
          isPrivateFile(file.purpose) ? 'private, max-age=3600' : 'public, max-age=86400, immutable',
        )
        .header('content-disposition', 'inline')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        .send(data);
    },
  );
};
