import { createHash } from 'node:crypto';
import { apiErrorCode } from '../api/errors.ts';
import { createAuthApi, type ApiTokens } from './api.ts';
import { renewAt, type SessionToken } from './session.ts';

type Outcome =
  | { ok: true; tokens: ApiTokens; receivedAt: number }
  /** `final`: the API refused (session ended); otherwise it could not be reached. */
  | { ok: false; final: boolean };

interface Entry {
  outcome: Promise<Outcome>;
  keepUntil: number;
}

/*
 * Each refresh token is exchanged once. The API rotates on every exchange, and a rotated
 * token presented again more than 10 s later revokes the whole session as stolen. Requests
 * that carry the same cookie at the same time (a page and its prefetches, the proxy and the
 * session endpoint), or a late request whose browser never received the new cookie, all get
 * the result of the one exchange from here. Kept on globalThis because Next loads the proxy
 * and the route handlers as separate module instances in one process. Several app instances
 * behind a load balancer each exchange at most once; the API's 10-second grace covers races
 * between them.
 */
const registry = globalThis as typeof globalThis & {
  __homechefRefreshes?: Map<string, Entry>;
};
const exchanges = (registry.__homechefRefreshes ??= new Map<string, Entry>());

function exchangeOnce(apiUrl: string, refreshToken: string, now: number): Promise<Outcome> {
  const key = createHash('sha256').update(refreshToken).digest('base64url');
  const cached = exchanges.get(key);
  if (cached && cached.keepUntil > now) return cached.outcome;

  for (const [k, entry] of exchanges) if (entry.keepUntil <= now) exchanges.delete(k);

  const entry: Entry = {
    outcome: createAuthApi(apiUrl)
      .refresh(refreshToken)
      .then(
        (tokens): Outcome => {
          // Remember the answer while the new access token lives, for late duplicates.
          entry.keepUntil = Math.max(tokens.accessTokenExpiresAt.getTime(), Date.now() + 60_000);
          return { ok: true, tokens, receivedAt: Date.now() };
        },
        (error: unknown): Outcome => {
          const code = apiErrorCode(error);
          const final = code === 'UNAUTHORIZED' || code === 'FORBIDDEN' || code === 'BAD_REQUEST';
          // An unreachable API is worth asking again on the next request.
          if (!final) exchanges.delete(key);
          else entry.keepUntil = Date.now() + 60_000;
          if (!final) console.error('Session refresh failed, will retry:', error);
          return { ok: false, final };
        },
      ),
    keepUntil: Number.POSITIVE_INFINITY,
  };
  exchanges.set(key, entry);
  return entry.outcome;
}

/**
 * The session token with a fresh access token when the current one is close to expiry (or
 * whenever `force` is set: the API refused the current one); the same token otherwise. A
 * refusal marks it `RefreshFailed` (the app then signs the user out); an unreachable API
 * leaves it as it is, to try again on the next request.
 */
export async function refreshIfDue(
  token: SessionToken,
  apiUrl: string,
  { force = false, now = Date.now() }: { force?: boolean; now?: number } = {},
): Promise<SessionToken> {
  if (token.error || (!force && now < renewAt(token))) return token;
  const outcome = await exchangeOnce(apiUrl, token.refreshToken, now);
  if (outcome.ok) {
    return {
      ...token,
      accessToken: outcome.tokens.accessToken,
      refreshToken: outcome.tokens.refreshToken,
      accessTokenExpiresAt: outcome.tokens.accessTokenExpiresAt.getTime(),
      accessTokenIssuedAt: outcome.receivedAt,
    };
  }
  return outcome.final ? { ...token, error: 'RefreshFailed' } : token;
}

/**
 * The token with the user's name and e-mail as the API has them now, so a profile change shows
 * at once in every page's header; the same token when the API cannot say.
 */
export async function withCurrentProfile(
  token: SessionToken,
  apiUrl: string,
): Promise<SessionToken> {
  if (token.error) return token;
  try {
    const user = await createAuthApi(apiUrl).me(token.accessToken);
    return { ...token, name: user.name, email: user.email };
  } catch {
    return token;
  }
}
