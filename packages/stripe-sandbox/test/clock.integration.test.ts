import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { checkoutFor, connectedAccount, startHarness } from './harness.ts';

describe('time-based behaviour (test clock)', () => {
  it('an unpaid session expires at expires_at and emits checkout.session.expired', async () => {
    const { stripe, sandbox } = await startHarness();
    const chef = await connectedAccount(stripe);
    const session = await checkoutFor(
      stripe,
      chef.id,
      { food: 2000, fee: 300 },
      {
        expires_at: Math.floor(Date.now() / 1000) + 1810,
      },
    );
    sandbox.advanceClock(1800);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    sandbox.advanceClock(11);
    const expired = await stripe.checkout.sessions.retrieve(session.id);
    expect(expired.status).toBe('expired');
    expect(expired.url).toBeNull();
    const events = await stripe.events.list({ type: 'checkout.session.expired' });
    expect(events.data.map((e) => (e.data.object as Stripe.Checkout.Session).id)).toEqual([
      session.id,
    ]);
    expect((await fetch(session.url ?? '')).status).toBe(410);
  });

  it('an account link older than five minutes goes to refresh_url', async () => {
    const { stripe, sandbox } = await startHarness();
    const account = await stripe.accounts.create({ type: 'express' });
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'https://app.test/refresh',
      return_url: 'https://app.test/return',
    });
    sandbox.advanceClock(301);
    const res = await fetch(link.url, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('https://app.test/refresh');
  });

  it('idempotency keys are forgotten after 24 hours', async () => {
    const { stripe, sandbox } = await startHarness();
    const first = await stripe.accounts.create(
      { type: 'express', email: 'a@example.com' },
      { idempotencyKey: 'k' },
    );
    sandbox.advanceClock(24 * 3600 + 1);
    const second = await stripe.accounts.create(
      { type: 'express', email: 'b@example.com' },
      { idempotencyKey: 'k' },
    );
    expect(second.id).not.toBe(first.id);
    expect(second.email).toBe('b@example.com');
  });
});
