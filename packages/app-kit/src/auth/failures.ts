import { z } from 'zod';

/**
 * Why a sign-in or sign-up was refused, as next-auth carries it from `authorize` to the form:
 * the message of the thrown error, which next-auth puts in the `error` query parameter.
 * Safe to import in the browser.
 */
export const AuthFailure = z.discriminatedUnion('kind', [
  /** Wrong email or password (the API never says which). */
  z.object({ kind: z.literal('credentials'), message: z.string() }),
  z.object({ kind: z.literal('suspended'), message: z.string() }),
  z.object({ kind: z.literal('rate-limited'), retryAfterSeconds: z.number().int().positive() }),
  /** The API's own validation, per field (the browser validates first with the same schemas). */
  z.object({
    kind: z.literal('invalid'),
    fieldErrors: z.partialRecord(z.enum(['name', 'email', 'password']), z.string()),
    message: z.string().optional(),
  }),
  z.object({ kind: z.literal('email-taken'), message: z.string() }),
  /** Signed in with the right password, but this app is for another role. */
  z.object({
    kind: z.literal('wrong-role'),
    role: z.enum(['customer', 'chef', 'driver', 'admin']),
  }),
  z.object({ kind: z.literal('sign-up-closed') }),
  z.object({ kind: z.literal('unavailable') }),
]);
export type AuthFailure = z.infer<typeof AuthFailure>;

const PREFIX = 'homechef:';

export function encodeFailure(failure: AuthFailure): string {
  return PREFIX + JSON.stringify(failure);
}

/** Reads what `encodeFailure` wrote; anything else (next-auth's own codes) is `unavailable`. */
export function decodeFailure(error: string | null | undefined): AuthFailure {
  if (!error?.startsWith(PREFIX)) return { kind: 'unavailable' };
  try {
    const parsed = AuthFailure.safeParse(JSON.parse(error.slice(PREFIX.length)));
    return parsed.success ? parsed.data : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** A same-app path to return to after signing in; anything else (other hosts, `//x`) is `/`. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/^\/(sign-in|sign-up|api\/)/.test(value)) return '/';
  return value;
}
