import type { AppRouter } from '@homechef/api';
import { isTRPCClientError } from '@trpc/client';
import { z } from 'zod';

/** The `data` of the API's errors (its `errorFormatter`), checked rather than trusted. */
const ErrorData = z.object({
  code: z.string(),
  httpStatus: z.number().optional(),
  zodError: z
    .object({
      formErrors: z.array(z.string()),
      fieldErrors: z.record(z.string(), z.array(z.string()).optional()),
    })
    .nullish(),
  retryAfterSeconds: z.number().nullish(),
});

/** An error the API answered with, in one shape for forms, pages and the session code. */
export interface ApiError {
  /** The tRPC error code: `BAD_REQUEST`, `NOT_FOUND`, `CONFLICT`, … */
  code: string;
  httpStatus: number | undefined;
  /** The API's own sentence. */
  message: string;
  /** The first form-level message of a zod error, if any. */
  formError: string | undefined;
  /** Top-level input field → its first message, from the API's flattened zod error. */
  fieldErrors: Record<string, string>;
  /** Whether the input failed the API's validation. */
  invalid: boolean;
  retryAfterSeconds: number | null;
}

/**
 * The one reader of the API's error shape. Null when the API was not reached or answered
 * something that is not a HomeChef error (a proxy's HTML page, a network failure).
 */
export function readApiError(error: unknown): ApiError | null {
  if (!isTRPCClientError<AppRouter>(error)) return null;
  const parsed = ErrorData.safeParse(error.data);
  if (!parsed.success) return null;
  const { code, httpStatus, zodError, retryAfterSeconds } = parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(zodError?.fieldErrors ?? {})) {
    if (messages?.[0]) fieldErrors[field] = messages[0];
  }
  return {
    code,
    httpStatus,
    message: error.message,
    formError: zodError?.formErrors[0],
    fieldErrors,
    invalid: Boolean(zodError),
    retryAfterSeconds: retryAfterSeconds ?? null,
  };
}

/** The API's error code, or null when the API was not reached. */
export function apiErrorCode(error: unknown): string | null {
  return readApiError(error)?.code ?? null;
}

export interface ApiErrorInfo {
  /** The tRPC error code (`BAD_REQUEST`, `CONFLICT`, …), or null when the API was not reached. */
  code: string | null;
  /** A sentence to show the user. */
  message: string;
  /** Top-level input field → its first message, from the API's flattened zod error. */
  fieldErrors: Record<string, string>;
}

/** What went wrong with a call, in the shape a form shows it. */
export function describeApiError(error: unknown): ApiErrorInfo {
  const info = readApiError(error);
  if (!info) {
    return {
      code: null,
      message: 'We couldn’t reach HomeChef. Check your connection and try again.',
      fieldErrors: {},
    };
  }
  const message =
    info.formError ??
    (info.invalid ? 'Some details need fixing: see the highlighted fields.' : info.message);
  return { code: info.code, message, fieldErrors: info.fieldErrors };
}
