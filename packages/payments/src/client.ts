import Stripe from 'stripe';

/** Where the platform's Stripe calls go: Stripe itself, or the local sandbox. */
export interface StripeClientSettings {
  secretKey: string;
  /** `sk_live_` keys move real money: refused unless this is set (STRIPE_LIVE=1). */
  allowLive?: boolean;
  /** The local sandbox's address (`sandbox.stripeConfig`); omitted for Stripe itself. */
  endpoint?: { host: string; port: number; protocol: 'http' | 'https' };
  maxNetworkRetries?: number;
}

export class StripeKeyError extends Error {
  override name = 'StripeKeyError';
}

/** Why a secret key is unusable, or null when it is fine (shared with config validation). */
export function secretKeyProblem(key: string, allowLive = false): string | null {
  if (key.startsWith('sk_live_') || key.startsWith('rk_live_')) {
    return allowLive ? null : 'is a live key (sk_live_…); set STRIPE_LIVE=1 to move real money';
  }
  if (key.startsWith('sk_test_') || key.startsWith('rk_test_')) return null;
  return 'must be a Stripe secret key (sk_test_… or sk_live_…)';
}

export function createStripeClient(settings: StripeClientSettings): Stripe {
  const problem = secretKeyProblem(settings.secretKey, settings.allowLive);
  if (problem) throw new StripeKeyError(`STRIPE_SECRET_KEY ${problem}`);
  return new Stripe(settings.secretKey, {
    ...settings.endpoint,
    maxNetworkRetries: settings.maxNetworkRetries ?? 2,
    telemetry: false,
    appInfo: { name: 'homechef' },
  });
}
