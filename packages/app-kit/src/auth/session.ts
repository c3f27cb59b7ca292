import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppName } from '../env.ts';

/** As long as the API's refresh token: past that the session cannot be renewed anyway. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

const Role = z.enum(['customer', 'chef', 'driver', 'admin']);

/** What the encrypted session cookie holds (next-auth's JWT). Never sent to the browser as is. */
export const SessionToken = z.object({
  /** The user id. */
  sub: z.string(),
  app: Role,
  role: Role,
  name: z.string(),
  email: z.string(),
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Epoch milliseconds, as the API reported them. */
  accessTokenExpiresAt: z.number(),
  /** When this app received the access token; with the expiry it gives the token's lifetime. */
  accessTokenIssuedAt: z.number(),
  /** The API refused to renew the session: the app signs the user out. */
  error: z.literal('RefreshFailed').optional(),
  /** Cookie expiry (epoch seconds), set by next-auth. */
  exp: z.number().optional(),
});
export type SessionToken = z.infer<typeof SessionToken>;

/** The session as the browser sees it: the short-lived access token, never the refresh token. */
export interface ClientSession {
  user: { id: string; name: string; email: string; role: AppName };
  accessToken: string;
  /** Epoch ms after which the token should be renewed (by the server's clock). */
  renewAt: number;
  /** The server's clock when this was issued, so the browser can correct for its own. */
  serverTime: number;
  error?: 'RefreshFailed';
  /** ISO date when the session cookie expires. */
  expires: string;
}

/** The session as server code sees it. */
export interface AppSession {
  user: ClientSession['user'];
  accessToken: string;
  accessTokenExpiresAt: number;
  /** What the browser may hold (for the root layout to pass down). */
  forBrowser: ClientSession;
}

/**
 * Renew about a minute before expiry, or a quarter of the lifetime for short-lived tokens
 * (tests run with 20-second tokens), so that a request never leaves with a token about to die.
 */
export function renewAt(token: Pick<SessionToken, 'accessTokenExpiresAt' | 'accessTokenIssuedAt'>) {
  const lifetime = token.accessTokenExpiresAt - token.accessTokenIssuedAt;
  return token.accessTokenExpiresAt - Math.min(60_000, Math.max(0, lifetime) / 4);
}

export function toClientSession(token: SessionToken, expires: string): ClientSession {
  return {
    user: { id: token.sub, name: token.name, email: token.email, role: token.role },
    accessToken: token.accessToken,
    renewAt: renewAt(token),
    serverTime: Date.now(),
    ...(token.error ? { error: token.error } : {}),
    expires,
  };
}

/**
 * The token, if it belongs to this app and its role and is still usable. Every app could
 * decrypt another's cookie if they shared a key; they do not, but the check is cheap.
 */
export function usableToken(app: AppName, value: unknown): SessionToken | null {
  const parsed = SessionToken.safeParse(value);
  if (!parsed.success) return null;
  const token = parsed.data;
  if (token.app !== app || token.role !== app || token.error) return null;
  return token;
}

/**
 * The key that encrypts this app's session cookie. Derived per app, so that with one shared
 * NEXTAUTH_SECRET a cookie copied from the chef app still means nothing to the admin app.
 */
export function appSecret(secret: string, app: AppName): string {
  return createHash('sha256').update(`homechef-next-auth:${app}:${secret}`).digest('base64url');
}

/**
 * Every next-auth cookie under a per-app name: browsers do not separate cookies by port, so
 * four apps on localhost:3000–3003 would otherwise overwrite each other's sessions.
 */
export function cookieNames(app: AppName, secure: boolean) {
  const secureOnly = secure ? '__Secure-' : '';
  const hostOnly = secure ? '__Host-' : '';
  const base = `homechef-${app}`;
  return {
    sessionToken: `${secureOnly}${base}.session-token`,
    callbackUrl: `${secureOnly}${base}.callback-url`,
    csrfToken: `${hostOnly}${base}.csrf-token`,
    pkceCodeVerifier: `${secureOnly}${base}.pkce.code_verifier`,
    state: `${secureOnly}${base}.state`,
    nonce: `${secureOnly}${base}.nonce`,
  };
}

export function sessionCookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  };
}
