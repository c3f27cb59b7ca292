import { TRPCError } from '@trpc/server';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** The cause of a TOO_MANY_REQUESTS error; carries when to try again (error data, Retry-After). */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests. Try again in ${retryAfterSeconds} s.`);
  }
}

function tooMany(retryAfterSeconds: number): TRPCError {
  const cause = new RateLimitedError(retryAfterSeconds);
  return new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
}

export interface RateLimitSettings {
  /** Sign-in and registration attempts per IP per window (the seed's 100 per 15 minutes). */
  authPerIp: { points: number; windowSeconds: number };
  /** Failed sign-ins per account allowed before delays start; each further failure doubles it. */
  failedSignIns: {
    free: number;
    firstDelaySeconds: number;
    maxDelaySeconds: number;
    windowSeconds: number;
  };
  /** Mutations per signed-in user per window. */
  mutationsPerUser: { points: number; windowSeconds: number };
  /** Address lookups (autocomplete, reverse) per client per window: each may reach a paid or
   * fair-use geocoding service. */
  geocodesPerClient: { points: number; windowSeconds: number };
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  authPerIp: { points: 100, windowSeconds: 15 * 60 },
  failedSignIns: {
    free: 5,
    firstDelaySeconds: 2,
    maxDelaySeconds: 15 * 60,
    windowSeconds: 60 * 60,
  },
  mutationsPerUser: { points: 120, windowSeconds: 60 },
  // Typing an address with a debounced autocomplete asks about ten times.
  geocodesPerClient: { points: 60, windowSeconds: 60 },
};

export interface RateLimits {
  /** Counts one sign-in or registration attempt from `ip`. */
  authAttempt(ip: string): Promise<void>;
  /**
   * Counts a sign-in attempt on `account` before its password is checked, so attempts sent in
   * parallel are counted as they arrive: past the free tries, one attempt at a time gets
   * through and sets the delay the next must wait; the others are refused.
   */
  beginSignIn(account: string): Promise<void>;
  /** The password was right: the account's count and delay start again. */
  succeededSignIn(account: string): Promise<void>;
  mutation(userId: string): Promise<void>;
  /** Counts one address lookup by `client` (a user id, or the address of an anonymous caller). */
  geocode(client: string): Promise<void>;
}

function secondsOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooMany(secondsOf(rejection));
    throw rejection;
  }
}

/**
 * Rate limits on Redis when a client is given (shared by every server instance), in memory
 * otherwise (the embedded default, one instance).
 */
export function createRateLimits(
  redis: Redis | undefined,
  settings: RateLimitSettings = DEFAULT_RATE_LIMITS,
  prefix = 'homechef:rl',
): RateLimits {
  const make = (keyPrefix: string, points: number, duration: number) =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${prefix}:${keyPrefix}`,
          points,
          duration,
        })
      : new RateLimiterMemory({ keyPrefix: `${prefix}:${keyPrefix}`, points, duration });

  const authIp = make('auth-ip', settings.authPerIp.points, settings.authPerIp.windowSeconds);
  const { free, firstDelaySeconds, maxDelaySeconds, windowSeconds } = settings.failedSignIns;
  // Counts attempts; a huge point budget because the gate, not the count, does the refusing.
  const attempts = make('signin-attempt', 1_000_000, windowSeconds);
  // One point: taken by the one attempt let through past the free tries, then blocked for the
  // delay that attempt earns.
  const gate = make('signin-gate', 1, firstDelaySeconds);
  const mutations = make(
    'mutation',
    settings.mutationsPerUser.points,
    settings.mutationsPerUser.windowSeconds,
  );

  const geocodes = make(
    'geocode',
    settings.geocodesPerClient.points,
    settings.geocodesPerClient.windowSeconds,
  );

  return {
    authAttempt: async (ip) => {
      await consume(authIp, ip);
    },
    beginSignIn: async (account) => {
      const over = (await attempts.consume(account)).consumedPoints - free;
      if (over <= 0) return;
      try {
        await gate.consume(account);
      } catch (rejection) {
        // A refused attempt does not lengthen the delay.
        await attempts.reward(account, 1);
        if (rejection instanceof RateLimiterRes) throw tooMany(secondsOf(rejection));
        throw rejection;
      }
      await gate.block(account, Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** (over - 1)));
    },
    succeededSignIn: async (account) => {
      await Promise.all([attempts.delete(account), gate.delete(account)]);
    },
    mutation: async (userId) => {
      await consume(mutations, userId);
    },
    geocode: async (client) => {
      await consume(geocodes, client);
    },
  };
}
