import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { emptyFile, fileTooLarge, invalidImage, unsupportedFileType } from './errors.js';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_SIDE = 2560;
const ALLOWED = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export interface ProcessedImage {
  data: Buffer;
  contentType: string;
  width: number;
  height: number;
}

/**
 * Checks an upload by its bytes (not its name or declared type), then re-encodes it: EXIF,
 * GPS and every other metadata block are dropped, orientation is applied, and very large
 * images are scaled down. What is stored is always an image we produced.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.length === 0) throw emptyFile();
  if (input.length > MAX_UPLOAD_BYTES) throw fileTooLarge();
  const type = await fileTypeFromBuffer(input);
  if (!type || !ALLOWED.has(type.mime)) throw unsupportedFileType();
  try {
    const animated = type.mime === 'image/gif';
    let pipeline = sharp(input, { limitInputPixels: 50_000_000, animated }).rotate();
    pipeline = pipeline.resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const format =
      type.mime === 'image/png'
        ? 'png'
        : type.mime === 'image/webp'
          ? 'webp'
          : type.mime === 'image/gif'
            ? 'gif'
            : 'jpeg';
    const { data, info } = await pipeline
      .toFormat(format, format === 'jpeg' ? { quality: 85, mozjpeg: true } : {})
      .toBuffer({ resolveWithObject: true });
    return {
      data,
      contentType: type.mime,
      width: info.width,
      height: animated ? (info.pageHeight ?? info.height) : info.height,
    };
  } catch {
    throw invalidImage();
  }
}
