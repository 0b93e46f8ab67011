import { z } from 'zod';

export const FileSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
});

export const UploadQuerySchema = z.object({ purpose: z.enum(['idea_image', 'case_photo', 'logo']) });
export const IdParams = z.object({ id: z.uuid() });
