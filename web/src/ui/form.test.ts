import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { firstError, rules, serverFieldErrors } from './form';

describe('form rules', () => {
  it('report the first failing rule as a translation key', () => {
    expect(firstError('', rules.required, rules.email)).toEqual({ key: 'validation.required' });
    expect(firstError('li.lei', rules.required, rules.email)).toEqual({ key: 'validation.email' });
    expect(firstError('li.lei@example.com', rules.required, rules.email)).toBeUndefined();
    expect(firstError('123456789', rules.password)).toEqual({ key: 'validation.passwordLength' });
    expect(firstError('-haier', rules.slug)).toEqual({ key: 'validation.slug' });
    expect(firstError('', rules.optionalUrl)).toBeUndefined();
    expect(firstError('logo.png', rules.optionalUrl)).toEqual({ key: 'validation.url' });
  });
});

describe('serverFieldErrors', () => {
  it('keys validation problems by body path without the body. prefix', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      errors: [
        { field: 'body.owner.email', message: 'must be an email address' },
        { field: 'body.owner.email', message: 'second message is ignored' },
        { field: 'query.cursor', message: 'is not a cursor' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({
      'owner.email': 'must be an email address',
      'query.cursor': 'is not a cursor',
    });
    expect(serverFieldErrors(new Error('boom'))).toEqual({});
  });
});
