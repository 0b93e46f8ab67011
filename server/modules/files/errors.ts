import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { catalogueErrors } from '../../platform/http/error-codes.js';

/** An upload with no bytes. */
export const emptyFile = () => new AppError('empty_file', 400, 'The file is empty.');

/** An upload over the size limit, whether the parser or the image check noticed it. */
export const fileTooLarge = () => new AppError('file_too_large', 413, 'Images may be at most 10 MB.');

/** An upload whose bytes are not a JPEG, PNG, WebP or GIF image, whatever its name says. */
export const unsupportedFileType = () =>
  new AppError('unsupported_file_type', 415, 'Upload a JPEG, PNG, WebP or GIF image.');

/** An upload that looks like an image but cannot be decoded. */
export const invalidImage = () => new AppError('invalid_image', 400, 'The image could not be read.');

/** An upload request that is not multipart/form-data at all. */
export const multipartExpected = () =>
  new AppError('multipart_expected', 415, 'Send the image as multipart/form-data in a field named "file".');

/** A body that claims to be multipart but cannot be parsed (no boundary, cut short). */
export const malformedMultipart = () =>
  new AppError('malformed_multipart', 400, 'The multipart/form-data body could not be read.');

/** A multipart body without a file part. */
export const fileMissing = () =>
  new AppError('validation_failed', 400, 'file: is required', {
    errors: [{ field: 'body.file', message: 'is required' }],
  });

/** Claiming a file someone else uploaded, or one already attached elsewhere. */
export const fileNotClaimable = () =>
  new AppError(
    'file_not_claimable',
    400,
    'One of the files was not uploaded by you or is already attached elsewhere.',
    {
      errors: [{ field: 'body.fileIds', message: 'contains a file you cannot attach' }],
    },
  );

/** A file that does not exist, or that the caller may not see (a private file is not admitted to exist). */
export const fileNotFound = () => notFound('The file');

/** A customer or agent uploading the workspace logo. */
export const logoAdminsOnly = () => forbidden('Only admins upload the logo.');

/** The codes above, for the API's error catalogue (docs/api.md, the OpenAPI Problem schema). */
export const errorCodes = catalogueErrors('files', {
  empty_file: { status: 400, meaning: 'The uploaded file is empty.' },
  invalid_image: { status: 400, meaning: 'The upload looks like an image but cannot be read.' },
  malformed_multipart: { status: 400, meaning: 'The multipart/form-data body cannot be read.' },
  file_not_claimable: {
    status: 400,
    meaning: 'A file to attach was not uploaded by the caller or is already attached elsewhere.',
  },
  file_too_large: { status: 413, meaning: 'Images may be at most 10 MB.' },
  unsupported_file_type: {
    status: 415,
    meaning: 'The file is not a JPEG, PNG, WebP or GIF image, whatever its name says.',
  },
  multipart_expected: { status: 415, meaning: 'Send the image as multipart/form-data in a field named "file".' },
});
