import type { AppRouter, RouterInputs, RouterOutputs } from '@homechef/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import { readApiError } from '../api/errors.ts';
import type { AuthFailure } from './failures.ts';

/** The auth procedures next-auth calls from the server: sign-in, sign-up, refresh, sign-out. */
export type ApiSession = RouterOutputs['auth']['login'];
export type ApiTokens = RouterOutputs['auth']['refresh'];

export interface AuthApi {
  login(input: RouterInputs['auth']['login']): Promise<ApiSession>;
  register(input: RouterInputs['auth']['register']): Promise<ApiSession>;
  refresh(refreshToken: string): Promise<ApiTokens>;
  logout(refreshToken: string): Promise<void>;
  /** The signed-in user as the API knows them now (after a profile change, say). */
  me(accessToken: string): Promise<RouterOutputs['auth']['me']>;
}

function authProcedures(apiUrl: string, headers: Record<string, string>) {
  // No batching: each of these is one call on its own.
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${apiUrl}/trpc`,
        transformer: superjson,
        headers: { 'x-trpc-source': 'next-auth', ...headers },
      }),
    ],
  }).auth;
}

export function createAuthApi(apiUrl: string, headers: Record<string, string> = {}): AuthApi {
  const auth = authProcedures(apiUrl, headers);
  return {
    login: (input) => auth.login.mutate(input),
    register: (input) => auth.register.mutate(input),
    refresh: (refreshToken) => auth.refresh.mutate({ refreshToken }),
    logout: async (refreshToken) => {
      await auth.logout.mutate({ refreshToken });
    },
    me: (accessToken) =>
      authProcedures(apiUrl, { ...headers, authorization: `Bearer ${accessToken}` }).me.query(),
  };
}

/** Turns a refused `auth.login` or `auth.register` into what the form shows. */
export function toAuthFailure(error: unknown): AuthFailure {
  const info = readApiError(error);
  switch (info?.code) {
    case 'UNAUTHORIZED':
      return { kind: 'credentials', message: info.message };
    case 'FORBIDDEN':
      return { kind: 'suspended', message: info.message };
    case 'TOO_MANY_REQUESTS':
      return {
        kind: 'rate-limited',
        retryAfterSeconds: Math.max(1, Math.ceil(info.retryAfterSeconds ?? 60)),
      };
    case 'CONFLICT':
      return { kind: 'email-taken', message: info.message };
    case 'BAD_REQUEST': {
      const fieldErrors: Extract<AuthFailure, { kind: 'invalid' }>['fieldErrors'] = {};
      for (const field of ['name', 'email', 'password'] as const) {
        const first = info.fieldErrors[field];
        if (first) fieldErrors[field] = first;
      }
      const message = info.formError ?? (info.invalid ? undefined : info.message);
      return { kind: 'invalid', fieldErrors, ...(message ? { message } : {}) };
    }
    default:
      return { kind: 'unavailable' };
  }
}
