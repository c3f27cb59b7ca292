import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { REFUSED, unlessRefused } from './stripe.ts';

describe('unlessRefused', () => {
  it('gives Stripe’s answer', async () => {
    expect(await unlessRefused(() => Promise.resolve({ id: 're_1' }))).toEqual({ id: 're_1' });
  });

  it('says REFUSED when Stripe turns the request down for good', async () => {
    const invalid = new Stripe.errors.StripeInvalidRequestError({
      type: 'invalid_request_error',
      message: 'Charge has already been refunded.',
    });
    expect(
      await unlessRefused(() => {
        throw invalid;
      }),
    ).toBe(REFUSED);
  });

  it('throws anything else, so the request stays pending for the next try', async () => {
    const outage = new Stripe.errors.StripeConnectionError({ message: 'socket hang up' });
    await expect(unlessRefused(() => Promise.reject(outage))).rejects.toBe(outage);
  });
});
