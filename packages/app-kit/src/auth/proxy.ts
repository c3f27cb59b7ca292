import { decode, encode } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import type { AppEnv, AppName } from '../env.ts';
import { contentSecurityPolicy, createNonce } from '../security/headers.ts';
import { safeCallbackPath } from './failures.ts';
import { refreshIfDue } from './refresh.ts';
import {
  appSecret,
  cookieNames,
  SESSION_MAX_AGE_SECONDS,
  sessionCookieOptions,
  usableToken,
  type SessionToken,
} from './session.ts';

export interface AuthProxyOptions {
  app: AppName;
  env: () => AppEnv;
  /**
   * Paths only signed-in users may open: `'all'` (everything but the sign-in and sign-up
   * pages), or a list of path prefixes (the customer app is public apart from these).
   */
  protect: 'all' | readonly string[];
}

const AUTH_PAGES = new Set(['/sign-in', '/sign-up']);

/**
 * The app's `proxy.ts`, run before every page, RSC request and server action:
 * 1. renews the access token when it is close to expiry and writes the new session cookie
 *    both to the response and to the request the page sees (server components cannot set
 *    cookies, so this is the one place where a renewal made for a page can be kept);
 * 2. sends signed-out visitors of protected pages to sign-in, with a `callbackUrl` back;
 * 3. drops a session that belongs to another role or could not be renewed;
 * 4. sends signed-in users away from the sign-in and sign-up pages;
 * 5. sets the page's Content-Security-Policy with a fresh nonce, on the request (Next puts
 *    the nonce on its own scripts from there) and on the response.
 */
export function createAuthProxy({ app, env, protect }: AuthProxyOptions) {
  const isProtected = (path: string) =>
    !AUTH_PAGES.has(path) &&
    (protect === 'all' || protect.some((p) => path === p || path.startsWith(`${p}/`)));

  return async function proxy(request: NextRequest): Promise<NextResponse> {
    const { NEXTAUTH_SECRET, API_URL, PUBLIC_API_URL, PUBLIC_WS_URL, MAP_TILE_URL, secureCookies } =
      env();
    const csp = contentSecurityPolicy({
      nonce: createNonce(),
      apiUrl: PUBLIC_API_URL,
      wsUrl: PUBLIC_WS_URL,
      dev: process.env.NODE_ENV === 'development',
      tileUrl: MAP_TILE_URL,
    });
    const cookieName = cookieNames(app, secureCookies).sessionToken;
    const secret = appSecret(NEXTAUTH_SECRET, app);
    const path = request.nextUrl.pathname;

    const raw = request.cookies.get(cookieName)?.value;
    let token: SessionToken | null = null;
    let cookie: { set: string } | 'delete' | null = null;
    let expired = false;
    if (raw) {
      token = usableToken(app, await decode({ token: raw, secret }).catch(() => null));
      if (!token) {
        cookie = 'delete';
      } else {
        const renewed = await refreshIfDue(token, API_URL);
        if (renewed.error) {
          token = null;
          cookie = 'delete';
          expired = true;
        } else if (renewed !== token) {
          token = renewed;
          cookie = {
            set: await encode({ token: renewed, secret, maxAge: SESSION_MAX_AGE_SECONDS }),
          };
        }
      }
    }

    let response: NextResponse;
    if (token && AUTH_PAGES.has(path)) {
      const back = safeCallbackPath(request.nextUrl.searchParams.get('callbackUrl'));
      response = NextResponse.redirect(new URL(back, request.url));
    } else if (!token && isProtected(path)) {
      const signIn = new URL('/sign-in', request.url);
      const search = new URLSearchParams(request.nextUrl.search);
      search.delete('_rsc');
      const back = `${path}${search.size > 0 ? `?${search.toString()}` : ''}`;
      if (back !== '/') signIn.searchParams.set('callbackUrl', back);
      if (expired) signIn.searchParams.set('reason', 'session-expired');
      response = NextResponse.redirect(signIn);
    } else {
      // The page rendered after this sees the renewed (or removed) cookie too.
      if (cookie === 'delete') request.cookies.delete(cookieName);
      else if (cookie) request.cookies.set(cookieName, cookie.set);
      const headers = new Headers(request.headers);
      headers.set('content-security-policy', csp);
      response = NextResponse.next({ request: { headers } });
    }
    response.headers.set('content-security-policy', csp);

    if (cookie === 'delete') response.cookies.delete({ name: cookieName, path: '/' });
    else if (cookie) {
      response.cookies.set(cookieName, cookie.set, sessionCookieOptions(secureCookies));
    }
    return response;
  };
}
