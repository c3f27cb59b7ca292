import 'server-only';

import type { AuthOptions } from 'next-auth';
import NextAuth from 'next-auth';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import type { AppEnv, AppName } from '../env.ts';
import {
  appSecret,
  cookieNames,
  toClientSession,
  usableToken,
  type AppSession,
} from './session.ts';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** `GET` and `POST` for `app/api/auth/[...nextauth]/route.ts`; the options are built on first use. */
export function createAuthHandlers(getOptions: () => AuthOptions) {
  async function handler(req: NextRequest, context: RouteContext): Promise<Response> {
    // next-auth v4 types its App Router handler loosely.
    return (await NextAuth(req, context, getOptions())) as Response;
  }
  return { GET: handler, POST: handler };
}

/**
 * The signed-in user of this request, from the session cookie, or null. Never renews: server
 * components cannot set cookies, so renewal happens in the proxy, which runs before them.
 */
export async function readSession(app: AppName, env: AppEnv): Promise<AppSession | null> {
  const store = await cookies();
  const value = store.get(cookieNames(app, env.secureCookies).sessionToken)?.value;
  if (!value) return null;
  let payload: unknown;
  try {
    payload = await decode({ token: value, secret: appSecret(env.NEXTAUTH_SECRET, app) });
  } catch {
    return null;
  }
  const token = usableToken(app, payload);
  if (!token) return null;
  const expires = new Date((token.exp ?? 0) * 1000).toISOString();
  const forBrowser = toClientSession(token, expires);
  return {
    user: forBrowser.user,
    accessToken: token.accessToken,
    accessTokenExpiresAt: token.accessTokenExpiresAt,
    forBrowser,
  };
}
