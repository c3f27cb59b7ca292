import { SessionOutput, TokenPair, type PublicUser } from '@homechef/validators';
import { createTRPCUntypedClient, httpLink, isTRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import { z } from 'zod';
import type { AuthFailure } from './failures.ts';

/*
 * The auth procedures the apps call from the server (sign-in, refresh, sign-out), by name and
 * with their outputs checked against the API's own schemas. Untyped on purpose: the API
 * package depends on this one (hashing, tokens), so importing its router type would make a
 * cycle.
 */

export type ApiSession = z.output<typeof SessionOutput>;
export type ApiTokens = z.output<typeof TokenPair>;

export interface AuthApi {
  login(input: { email: string; password: string }): Promise<ApiSession>;
  register(input: {
    email: string;
    password: string;
    name: string;
    role: Exclude<PublicUser['role'], 'admin'>;
  }): Promise<ApiSession>;
  refresh(refreshToken: string): Promise<ApiTokens>;
  logout(refreshToken: string): Promise<void>;
}

export function createAuthApi(apiUrl: string, headers: Record<string, string> = {}): AuthApi {
  const client = createTRPCUntypedClient({
    links: [
      httpLink({
        url: `${apiUrl}/trpc`,
        transformer: superjson,
        headers: { 'x-trpc-source': 'next-auth', ...headers },
      }),
    ],
  });
  return {
    login: async (input) => SessionOutput.parse(await client.mutation('auth.login', input)),
    register: async (input) => SessionOutput.parse(await client.mutation('auth.register', input)),
    refresh: async (refreshToken) =>
      TokenPair.parse(await client.mutation('auth.refresh', { refreshToken })),
    logout: async (refreshToken) => {
      await client.mutation('auth.logout', { refreshToken });
    },
  };
}

/** The `data` of the API's errors (see its errorFormatter). */
const ErrorData = z.object({
  code: z.string(),
  zodError: z
    .object({
      formErrors: z.array(z.string()),
      fieldErrors: z.record(z.string(), z.array(z.string()).optional()),
    })
    .nullish(),
  retryAfterSeconds: z.number().nullish(),
});

/** The API error code, or null when the API was not reached or answered nonsense. */
export function apiErrorCode(error: unknown): string | null {
  if (!isTRPCClientError(error)) return null;
  const data = ErrorData.safeParse(error.data);
  return data.success ? data.data.code : null;
}

/** Turns a refused `auth.login` or `auth.register` into what the form shows. */
export function toAuthFailure(error: unknown): AuthFailure {
  if (!isTRPCClientError(error)) return { kind: 'unavailable' };
  const parsed = ErrorData.safeParse(error.data);
  if (!parsed.success) return { kind: 'unavailable' };
  const data = parsed.data;
  switch (data.code) {
    case 'UNAUTHORIZED':
      return { kind: 'credentials', message: error.message };
    case 'FORBIDDEN':
      return { kind: 'suspended', message: error.message };
    case 'TOO_MANY_REQUESTS':
      return {
        kind: 'rate-limited',
        retryAfterSeconds: Math.max(1, Math.ceil(data.retryAfterSeconds ?? 60)),
      };
    case 'CONFLICT':
      return { kind: 'email-taken', message: error.message };
    case 'BAD_REQUEST': {
      const fieldErrors: Extract<AuthFailure, { kind: 'invalid' }>['fieldErrors'] = {};
      for (const field of ['name', 'email', 'password'] as const) {
        const first = data.zodError?.fieldErrors[field]?.[0];
        if (first) fieldErrors[field] = first;
      }
      const message = data.zodError?.formErrors[0] ?? (data.zodError ? undefined : error.message);
      return { kind: 'invalid', fieldErrors, ...(message ? { message } : {}) };
    }
    default:
      return { kind: 'unavailable' };
  }
}
