import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import {
  checkoutFor,
  connectedAccount,
  formAction,
  payCheckout,
  startHarness,
  submitForm,
} from './harness.ts';

const AMOUNTS = { food: 3000, fee: 450 };

async function setup() {
  const h = await startHarness();
  const chef = await connectedAccount(h.stripe);
  const session = await checkoutFor(h.stripe, chef.id, AMOUNTS);
  return { ...h, chef, session };
}

describe('Checkout Sessions and the hosted payment page', () => {
  it('creates an open session with a hosted url, totals and metadata', async () => {
    const { session, stripe } = await setup();
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.status).toBe('open');
    expect(session.payment_status).toBe('unpaid');
    expect(session.amount_total).toBe(3000);
    expect(session.currency).toBe('usd');
    expect(session.metadata).toEqual({ order_id: 'order_1' });
    expect(session.payment_intent).toBeNull();
    expect(session.expires_at).toBeGreaterThan(session.created + 23 * 3600);
    const withItems = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['line_items'],
    });
    expect(
      withItems.line_items?.data.map((li) => [li.description, li.quantity, li.amount_total]),
    ).toEqual([['Jollof rice', 2, 3000]]);
  });

  it('4242 4242 4242 4242 pays: session complete, PaymentIntent succeeded, redirect to success_url', async () => {
    const { session, stripe, chef } = await setup();
    const res = await payCheckout(session, '4242 4242 4242 4242');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`https://app.test/orders/1?session=${session.id}`);
    const paid = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent.latest_charge'],
    });
    expect(paid.status).toBe('complete');
    expect(paid.payment_status).toBe('paid');
    expect(paid.customer_details?.email).toBe('customer@example.com');
    const pi = paid.payment_intent as Stripe.PaymentIntent;
    expect(pi.status).toBe('succeeded');
    expect(pi.amount_received).toBe(3000);
    expect(pi.application_fee_amount).toBe(450);
    expect(pi.transfer_data?.destination).toBe(chef.id);
    expect(pi.transfer_group).toBe('order_1');
    expect(pi.metadata).toEqual({ order_id: 'order_1' });
    const charge = pi.latest_charge as Stripe.Charge;
    expect(charge.status).toBe('succeeded');
    expect(charge.paid).toBe(true);
    expect(charge.amount).toBe(3000);

    const types = (await stripe.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'payment_intent.succeeded',
        'charge.succeeded',
        'checkout.session.completed',
      ]),
    );
    const completed = await stripe.events.list({ type: 'checkout.session.completed' });
    expect((completed.data[0]?.data.object as Stripe.Checkout.Session).id).toBe(session.id);
    // A paid page no longer takes payments.
    expect(
      await (await fetch(`${new URL(session.url ?? '').origin}/pay/${session.id}`)).text(),
    ).toContain('already paid');
  });

  it.each([
    ['4000 0000 0000 0002', 'generic_decline', 'Your card was declined.'],
    ['4000 0000 0000 9995', 'insufficient_funds', 'Your card has insufficient funds.'],
  ])(
    '%s is declined (%s) and the session stays open for another card',
    async (card, declineCode, message) => {
      const { session, stripe } = await setup();
      const res = await payCheckout(session, card);
      expect(res.status).toBe(402);
      expect(await res.text()).toContain(message);
      const open = await stripe.checkout.sessions.retrieve(session.id);
      expect(open.status).toBe('open');
      const pi = await stripe.paymentIntents.retrieve(open.payment_intent as string, {
        expand: ['latest_charge'],
      });
      expect(pi.status).toBe('requires_payment_method');
      expect(pi.last_payment_error).toMatchObject({
        type: 'card_error',
        code: 'card_declined',
        decline_code: declineCode,
      });
      const failed = pi.latest_charge as Stripe.Charge;
      expect(failed.status).toBe('failed');
      expect(failed.outcome?.reason).toBe(declineCode);
      expect(
        (await stripe.events.list({ type: 'payment_intent.payment_failed' })).data,
      ).toHaveLength(1);

      const retry = await payCheckout(session, '4242424242424242');
      expect(retry.status).toBe(303);
      const after = await stripe.paymentIntents.retrieve(pi.id);
      expect(after.status).toBe('succeeded');
      expect(after.latest_charge).not.toBe(failed.id);
    },
  );

  it('4000 0025 0000 3155 asks for authentication; confirming it pays', async () => {
    const { session, stripe } = await setup();
    const res = await payCheckout(session, '4000002500003155');
    expect(res.status).toBe(303);
    const authUrl = new URL(res.headers.get('location') ?? '', session.url ?? '').toString();
    const waiting = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent'],
    });
    expect((waiting.payment_intent as Stripe.PaymentIntent).status).toBe('requires_action');
    const page = await fetch(authUrl);
    const confirm = await submitForm(formAction(await page.text(), authUrl), {
      result: 'complete',
    });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toContain(session.id);
    const paid = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent'],
    });
    expect(paid.status).toBe('complete');
    expect((paid.payment_intent as Stripe.PaymentIntent).status).toBe('succeeded');
  });

  it('failing the authentication step leaves the payment unpaid with authentication_failure', async () => {
    const { session, stripe } = await setup();
    const res = await payCheckout(session, '4000002500003155');
    const authUrl = new URL(res.headers.get('location') ?? '', session.url ?? '').toString();
    const failed = await submitForm(authUrl, { result: 'fail' });
    expect(failed.status).toBe(402);
    const open = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent'],
    });
    expect(open.status).toBe('open');
    const pi = open.payment_intent as Stripe.PaymentIntent;
    expect(pi.status).toBe('requires_payment_method');
    expect(pi.last_payment_error?.code).toBe('payment_intent_authentication_failure');
    expect(await stripe.charges.list({ payment_intent: pi.id })).toMatchObject({ data: [] });
  });

  it('expire ends an open session and emits checkout.session.expired; the page says so', async () => {
    const { session, stripe } = await setup();
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe('expired');
    expect(expired.url).toBeNull();
    const events = await stripe.events.list({ type: 'checkout.session.expired' });
    expect((events.data[0]?.data.object as Stripe.Checkout.Session).id).toBe(session.id);
    expect((await fetch(session.url ?? '')).status).toBe(410);
    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({
      statusCode: 400,
    });
  });

  it('validates expires_at, line items and the destination account', async () => {
    const { stripe, chef } = await setup();
    const created = Math.floor(Date.now() / 1000);
    await expect(
      checkoutFor(stripe, chef.id, AMOUNTS, { expires_at: created + 25 * 3600 }),
    ).rejects.toMatchObject({ param: 'expires_at', statusCode: 400 });
    const short = await checkoutFor(stripe, chef.id, AMOUNTS, { expires_at: created + 1805 });
    expect(short.expires_at).toBe(created + 1805);
    await expect(
      stripe.checkout.sessions.create({ mode: 'payment', success_url: 'https://app.test/ok' }),
    ).rejects.toMatchObject({ code: 'parameter_missing', param: 'line_items' });
    await expect(checkoutFor(stripe, 'acct_nope', AMOUNTS)).rejects.toMatchObject({
      code: 'resource_missing',
      param: 'transfer_data[destination]',
    });
    const pending = await stripe.accounts.create({ type: 'express' });
    await expect(checkoutFor(stripe, pending.id, AMOUNTS)).rejects.toMatchObject({
      code: 'insufficient_capabilities_for_transfer',
    });
  });
});
