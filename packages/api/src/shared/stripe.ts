/** What a request to Stripe comes to when Stripe turns it down for good. */
import Stripe from 'stripe';

/** Stripe's answer when it refused a request for good (see `unlessRefused`). */
export const REFUSED = Symbol('refused by Stripe');

/**
 * Sends a request to Stripe: its answer, or `REFUSED` when Stripe turned it down for good
 * (an invalid request: already refunded, already expired, an account that cannot receive,
 * nothing left to take back), for the caller to record as final. A network error or an
 * outage throws, so what was asked stays pending for the next try.
 */
export async function unlessRefused<T>(send: () => Promise<T>): Promise<T | typeof REFUSED> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError) return REFUSED;
    throw error;
  }
}
