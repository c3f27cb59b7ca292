import { describe, expect, it } from 'vitest';
import { checkoutExpiry, checkoutLifetimeSeconds } from './place.ts';

describe('the payment page expiry', () => {
  const settings = { checkoutTtlSeconds: 1800 };
  const placedAt = new Date('2026-12-04T18:00:00Z');
  const planned = Math.floor(placedAt.getTime() / 1000) + checkoutLifetimeSeconds(settings);

  it('is the same for a retry soon after placing, so the Idempotency-Key matches', () => {
    const first = checkoutExpiry({ placedAt }, settings, placedAt.getTime() + 150);
    const retry = checkoutExpiry({ placedAt }, settings, placedAt.getTime() + 20_000);
    expect(first).toBe(planned);
    expect(retry).toBe(planned);
  });

  it('moves on when the planned time is too close for Stripe to accept', () => {
    const late = placedAt.getTime() + 5 * 60_000;
    const expiry = checkoutExpiry({ placedAt }, settings, late);
    expect(expiry).toBe(Math.floor(late / 1000) + checkoutLifetimeSeconds(settings));
    expect(expiry - late / 1000).toBeGreaterThanOrEqual(1800);
  });
});
