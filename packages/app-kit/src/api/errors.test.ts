import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiErrorCode, describeApiError, readApiError } from './errors.ts';

/** An error as the API's errorFormatter sends it. */
function apiError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { code: -32600, message, data } });
}

describe('readApiError', () => {
  it('reads code, status, field errors and retry hint from the API’s error shape', () => {
    const error = apiError('Invalid input', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      zodError: { formErrors: [], fieldErrors: { email: ['Enter an email'], name: [] } },
      retryAfterSeconds: null,
    });
    expect(readApiError(error)).toEqual({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      message: 'Invalid input',
      formError: undefined,
      fieldErrors: { email: 'Enter an email' },
      invalid: true,
      retryAfterSeconds: null,
    });
    expect(apiErrorCode(error)).toBe('BAD_REQUEST');
  });

  it('is null for anything that is not an API error', () => {
    expect(readApiError(new Error('fetch failed'))).toBeNull();
    expect(readApiError(apiError('Bad gateway', { nonsense: true }))).toBeNull();
    expect(apiErrorCode(null)).toBeNull();
  });
});

describe('describeApiError', () => {
  it('gives forms the API’s sentence, or a pointer to the highlighted fields', () => {
    expect(describeApiError(apiError('Kitchen not found', { code: 'NOT_FOUND' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'Kitchen not found',
      fieldErrors: {},
    });
    const invalid = apiError('x', {
      code: 'BAD_REQUEST',
      zodError: { formErrors: [], fieldErrors: { price: ['Enter a price'] } },
    });
    expect(describeApiError(invalid).message).toBe(
      'Some details need fixing: see the highlighted fields.',
    );
    expect(describeApiError(new Error('offline')).code).toBeNull();
  });
});
