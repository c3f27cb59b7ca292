import type { AuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { createAuthApi, toAuthFailure, type ApiSession, type AuthApi } from './api.ts';
import type { AppName } from '../env.ts';
import { encodeFailure, type AuthFailure } from './failures.ts';
import { refreshIfDue, withCurrentProfile } from './refresh.ts';
import {
  appSecret,
  cookieNames,
  SESSION_MAX_AGE_SECONDS,
  SessionToken,
  sessionCookieOptions,
  toClientSession,
} from './session.ts';

export interface CreateAuthOptionsInput {
  app: AppName;
  /** Server-to-server base URL of the API, e.g. `http://localhost:9001`. */
  apiUrl: string;
  /** NEXTAUTH_SECRET; the app's own key is derived from it. */
  secret: string;
  /** Served over https: `Secure` cookies with `__Secure-`/`__Host-` names. */
  secureCookies?: boolean;
}

/** What `authorize` hands to the `jwt` callback: the user and the API's tokens. */
type SignedIn = User & Omit<SessionToken, 'sub' | 'exp' | 'error'>;

/**
 * The next-auth options every app uses: credentials checked by the API (`auth.login`, or
 * `auth.register` when the form says `intent: 'sign-up'`), a JWT session in an encrypted
 * cookie that holds the API's tokens, the access token renewed shortly before it expires,
 * and `auth.logout` on sign-out. Each app admits only its own role.
 */
export function createAuthOptions({
  app,
  apiUrl,
  secret,
  secureCookies = false,
}: CreateAuthOptionsInput): AuthOptions {
  const cookies = cookieNames(app, secureCookies);
  const options = sessionCookieOptions(secureCookies);
  const { maxAge: _, ...transient } = options;

  return {
    secret: appSecret(secret, app),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secureCookies,
    cookies: {
      sessionToken: { name: cookies.sessionToken, options: transient },
      callbackUrl: { name: cookies.callbackUrl, options: transient },
      csrfToken: { name: cookies.csrfToken, options: transient },
      pkceCodeVerifier: { name: cookies.pkceCodeVerifier, options: transient },
      state: { name: cookies.state, options: transient },
      nonce: { name: cookies.nonce, options: transient },
    },
    // The forms live in the apps; next-auth's own pages are never shown.
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
          name: { label: 'Full name', type: 'text' },
          intent: { label: 'sign-in or sign-up', type: 'hidden' },
        },
        async authorize(credentials, req) {
          // The API limits sign-ins per client address. The app's server (serve/serve.mjs)
          // replaced any browser-sent X-Forwarded-For with the one address it saw.
          const forwardedFor = header(req.headers, 'x-forwarded-for')?.split(',')[0]?.trim();
          const api = createAuthApi(
            apiUrl,
            forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
          );
          const result = await signInOrUp(app, api, credentials ?? {});
          // next-auth passes the message of this error to the form as `error`.
          if (!result.ok) throw new Error(encodeFailure(result.failure));
          return result.user;
        },
      }),
    ],
    callbacks: {
      // Runs on sign-in and on every request to the session endpoint; the proxy runs the
      // same renewal before pages (see proxy.ts), where next-auth itself cannot set cookies.
      async jwt({ token, user, trigger, session }) {
        if (user) {
          const { id, ...rest } = user as SignedIn;
          return { ...rest, sub: id };
        }
        const parsed = SessionToken.safeParse(token);
        if (!parsed.success) return { ...token, error: 'RefreshFailed' };
        // The browser asks for a renewal when the API refused its token (a revoked session)
        // or the user changed their profile; the name and e-mail are read again with it.
        const force =
          trigger === 'update' && (session as { renew?: unknown } | null)?.renew === true;
        const renewed = await refreshIfDue(parsed.data, apiUrl, { force });
        return force ? withCurrentProfile(renewed, apiUrl) : renewed;
      },
      session({ session, token }) {
        const parsed = SessionToken.safeParse(token);
        const client = parsed.success
          ? toClientSession(parsed.data, session.expires)
          : { expires: session.expires, error: 'RefreshFailed' };
        // Replaces next-auth's default shape: the browser gets this (never the refresh token).
        return client;
      },
    },
    events: {
      async signOut({ token }) {
        const parsed = SessionToken.safeParse(token);
        if (!parsed.success) return;
        await createAuthApi(apiUrl)
          .logout(parsed.data.refreshToken)
          .catch((error: unknown) => console.error('auth.logout failed', error));
      },
    },
  };
}

type Result = { ok: true; user: SignedIn } | { ok: false; failure: AuthFailure };

async function signInOrUp(
  app: AppName,
  api: AuthApi,
  credentials: Record<string, string | undefined>,
): Promise<Result> {
  const email = credentials.email ?? '';
  const password = credentials.password ?? '';
  const signUp = credentials.intent === 'sign-up';
  if (signUp && app === 'admin') return { ok: false, failure: { kind: 'sign-up-closed' } };

  let session: ApiSession;
  try {
    session =
      signUp && app !== 'admin'
        ? await api.register({ email, password, name: credentials.name ?? '', role: app })
        : await api.login({ email, password });
  } catch (error) {
    const failure = toAuthFailure(error);
    if (failure.kind === 'unavailable') console.error('Sign-in could not reach the API', error);
    return { ok: false, failure };
  }

  const { user } = session;
  if (user.role !== app) {
    // The password was right, but this app is not theirs: end the session the API just began.
    await api.logout(session.refreshToken).catch(() => undefined);
    return { ok: false, failure: { kind: 'wrong-role', role: user.role } };
  }
  return {
    ok: true,
    user: {
      id: user.id,
      app,
      role: user.role,
      name: user.name,
      email: user.email,
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      accessTokenExpiresAt: session.accessTokenExpiresAt.getTime(),
      accessTokenIssuedAt: Date.now(),
    },
  };
}

function header(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
