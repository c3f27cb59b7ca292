import { describe, expect, it } from 'vitest';
import { createStripeClient, secretKeyProblem, StripeKeyError } from './client.ts';

describe('createStripeClient', () => {
  it('refuses live keys unless live mode is allowed', () => {
    expect(() => createStripeClient({ secretKey: 'sk_live_abc' })).toThrow(StripeKeyError);
    expect(() => createStripeClient({ secretKey: 'sk_live_abc' })).toThrow(/STRIPE_LIVE=1/);
    expect(createStripeClient({ secretKey: 'sk_live_abc', allowLive: true })).toBeDefined();
  });

  it('accepts test keys and refuses what is not a secret key', () => {
    expect(secretKeyProblem('sk_test_abc')).toBeNull();
    expect(secretKeyProblem('pk_test_abc')).toMatch(/must be a Stripe secret key/);
    expect(() => createStripeClient({ secretKey: 'whatever' })).toThrow(StripeKeyError);
  });
});
