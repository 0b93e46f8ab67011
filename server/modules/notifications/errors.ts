import { AppError, invalid, notFound } from '../../platform/errors.js';
import { catalogueErrors } from '../../platform/http/error-codes.js';

/** Marking read a notification that is not the caller's (or does not exist). */
export const notificationNotFound = () => notFound('The notification');

/** An email preference for a category no module registered. */
export const unknownEmailCategory = (key: string) => invalid(`body.email.${key}`, 'is not a notification category');

/** An unsubscribe link that is malformed or whose signature does not match its workspace's key. */
export const invalidUnsubscribeToken = () => new AppError('invalid_token', 400, 'This unsubscribe link is not valid.');

/** The codes above, for the API's error catalogue (docs/api.md, the OpenAPI Problem schema). */
export const errorCodes = catalogueErrors('notifications', {
  invalid_token: {
    status: 400,
    meaning: 'A link token (sign-in, verification, reset, invitation, unsubscribe) is not valid or has expired.',
  },
});
