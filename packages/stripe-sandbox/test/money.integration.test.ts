import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import {
  available,
  checkoutFor,
  connectedAccount,
  payCheckout,
  startHarness,
  submitForm,
} from './harness.ts';

/** A paid destination charge: 100.00 to the chef's account with a 15.00 application fee. */
async function paidOrder() {
  const h = await startHarness();
  const chef = await connectedAccount(h.stripe);
  const session = await checkoutFor(h.stripe, chef.id, { food: 10000, fee: 1500 });
  const res = await payCheckout(session, '4242424242424242');
  expect(res.status).toBe(303);
  const pi = await h.stripe.paymentIntents.retrieve(
    (await h.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string,
  );
  const charge = await h.stripe.charges.retrieve(pi.latest_charge as string, {
    expand: ['application_fee', 'transfer', 'balance_transaction'],
  });
  return { ...h, chef, pi, charge };
}

describe('destination charges, application fees and balances', () => {
  it('moves the amount to the chef and keeps the application fee, to the cent', async () => {
    const { stripe, chef, charge } = await paidOrder();
    const fee = charge.application_fee as Stripe.ApplicationFee;
    expect(fee.object).toBe('application_fee');
    expect(fee.amount).toBe(1500);
    expect(fee.account).toBe(chef.id);
    expect(fee.charge).toBe(charge.id);
    expect(charge.application_fee_amount).toBe(1500);
    const transfer = charge.transfer as Stripe.Transfer;
    expect(transfer.amount).toBe(10000);
    expect(transfer.destination).toBe(chef.id);
    expect(transfer.source_transaction).toBe(charge.id);
    expect(transfer.transfer_group).toBe('order_1');
    expect((charge.balance_transaction as Stripe.BalanceTransaction).amount).toBe(10000);

    expect(await available(stripe)).toBe(1500);
    expect(await available(stripe, chef.id)).toBe(8500);
    const fees = await stripe.applicationFees.list({ charge: charge.id });
    expect(fees.data.map((f) => f.id)).toEqual([fee.id]);
    const chefTxns = await stripe.balanceTransactions.list({}, { stripeAccount: chef.id });
    expect(chefTxns.data.map((t) => [t.type, t.amount, t.fee, t.net])).toEqual([
      ['payment', 10000, 1500, 8500],
    ]);
    // Platform objects are not visible as the connected account.
    await expect(
      stripe.charges.retrieve(charge.id, {}, { stripeAccount: chef.id }),
    ).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('partial then full refund with reverse_transfer and refund_application_fee', async () => {
    const { stripe, chef, charge } = await paidOrder();
    const partial = await stripe.refunds.create({
      charge: charge.id,
      amount: 4000,
      reverse_transfer: true,
      refund_application_fee: true,
      metadata: { reason_code: 'missing_item' },
    });
    expect(partial).toMatchObject({
      object: 'refund',
      amount: 4000,
      status: 'succeeded',
      charge: charge.id,
    });
    expect(partial.metadata).toEqual({ reason_code: 'missing_item' });
    expect(partial.transfer_reversal).toMatch(/^trr_/);
    // Platform: 1500 fee - 4000 refund + 4000 reversal - 600 fee refund.
    expect(await available(stripe)).toBe(900);
    expect(await available(stripe, chef.id)).toBe(5100);
    const afterPartial = await stripe.charges.retrieve(charge.id);
    expect(afterPartial.amount_refunded).toBe(4000);
    expect(afterPartial.refunded).toBe(false);
    const fee = await stripe.applicationFees.retrieve(
      (charge.application_fee as Stripe.ApplicationFee).id,
    );
    expect(fee.amount_refunded).toBe(600);

    const full = await stripe.refunds.create({
      payment_intent: charge.payment_intent as string,
      reverse_transfer: true,
      refund_application_fee: true,
    });
    expect(full.amount).toBe(6000);
    expect(await available(stripe)).toBe(0);
    expect(await available(stripe, chef.id)).toBe(0);
    const refunded = await stripe.charges.retrieve(charge.id);
    expect(refunded.refunded).toBe(true);
    expect(refunded.amount_refunded).toBe(10000);
    const transfer = await stripe.transfers.retrieve(refunded.transfer as string);
    expect(transfer.amount_reversed).toBe(10000);
    expect(transfer.reversed).toBe(true);
    expect((await stripe.applicationFees.retrieve(fee.id)).refunded).toBe(true);
    expect((await stripe.refunds.list({ charge: charge.id })).data.map((r) => r.amount)).toEqual([
      6000, 4000,
    ]);
    const types = (await stripe.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types.filter((t) => t === 'charge.refunded')).toHaveLength(2);
    expect(types).toContain('transfer.reversed');
    expect(types).toContain('application_fee.refunded');

    await expect(stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'charge_already_refunded',
    });
  });

  it('a refund without reverse_transfer comes out of the platform balance; over-refunds fail', async () => {
    const { stripe, chef, charge } = await paidOrder();
    await stripe.refunds.create({ charge: charge.id, amount: 1000 });
    expect(await available(stripe)).toBe(500);
    expect(await available(stripe, chef.id)).toBe(8500);
    await expect(stripe.refunds.create({ charge: charge.id, amount: 9001 })).rejects.toMatchObject({
      statusCode: 400,
      param: 'amount',
      message: 'Refund amount ($90.01) is greater than unrefunded amount on charge ($90.00)',
    });
  });
});

describe('transfers and reversals', () => {
  it('transfers from a charge with source_transaction and transfer_group, then reverses', async () => {
    const { stripe, charge } = await paidOrder();
    const driver = await connectedAccount(stripe, { role: 'driver' });
    const transfer = await stripe.transfers.create({
      amount: 700,
      currency: 'usd',
      destination: driver.id,
      source_transaction: charge.id,
      transfer_group: 'order_1',
      metadata: { kind: 'delivery_fee' },
    });
    expect(transfer).toMatchObject({
      amount: 700,
      destination: driver.id,
      source_transaction: charge.id,
      transfer_group: 'order_1',
    });
    expect(await available(stripe)).toBe(800);
    expect(await available(stripe, driver.id)).toBe(700);
    expect(
      (await stripe.transfers.list({ transfer_group: 'order_1' })).data.map((t) => t.amount),
    ).toEqual([700, 10000]);
    expect((await stripe.transfers.list({ destination: driver.id })).data.map((t) => t.id)).toEqual(
      [transfer.id],
    );

    const partial = await stripe.transfers.createReversal(transfer.id, {
      amount: 200,
      refund_application_fee: false,
    });
    expect(partial).toMatchObject({
      object: 'transfer_reversal',
      amount: 200,
      transfer: transfer.id,
    });
    expect(await available(stripe, driver.id)).toBe(500);
    await expect(
      stripe.transfers.createReversal(transfer.id, { amount: 501 }),
    ).rejects.toMatchObject({
      param: 'amount',
      statusCode: 400,
    });
    const rest = await stripe.transfers.createReversal(transfer.id);
    expect(rest.amount).toBe(500);
    const after = await stripe.transfers.retrieve(transfer.id);
    expect(after.reversed).toBe(true);
    expect(after.amount_reversed).toBe(700);
    expect((await stripe.transfers.listReversals(transfer.id)).data.map((r) => r.amount)).toEqual([
      500, 200,
    ]);
    expect((await stripe.transfers.retrieveReversal(transfer.id, partial.id)).amount).toBe(200);
    expect(await available(stripe)).toBe(1500);
    expect(await available(stripe, driver.id)).toBe(0);
  });

  it('refuses a transfer the platform balance cannot cover', async () => {
    const { stripe, charge } = await paidOrder();
    const driver = await connectedAccount(stripe);
    await expect(
      stripe.transfers.create({ amount: 1501, currency: 'usd', destination: driver.id }),
    ).rejects.toMatchObject({ code: 'balance_insufficient', statusCode: 400 });
    await expect(
      stripe.transfers.create({
        amount: 1501,
        currency: 'usd',
        destination: driver.id,
        source_transaction: charge.id,
      }),
    ).rejects.toMatchObject({ code: 'balance_insufficient' });
    const ok = await stripe.transfers.create({
      amount: 1500,
      currency: 'usd',
      destination: driver.id,
    });
    expect(ok.amount).toBe(1500);
    expect(await available(stripe)).toBe(0);
  });
});

describe('PaymentIntents through the API', () => {
  it('confirms with test payment methods: success, card_error with decline_code, requires_action', async () => {
    const { stripe } = await paidOrder();
    const chef = await connectedAccount(stripe);
    const ok = await stripe.paymentIntents.create({
      amount: 2000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      application_fee_amount: 300,
      transfer_data: { destination: chef.id },
    });
    expect(ok.status).toBe('succeeded');
    expect(await available(stripe, chef.id)).toBe(1700);

    const declined = await stripe.paymentIntents
      .create({
        amount: 2000,
        currency: 'usd',
        payment_method: 'pm_card_chargeDeclinedInsufficientFunds',
        confirm: true,
      })
      .catch((err: unknown) => err);
    expect(declined).toMatchObject({
      type: 'StripeCardError',
      statusCode: 402,
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
    const failedPi = (declined as { payment_intent?: Stripe.PaymentIntent }).payment_intent;
    expect(failedPi?.status).toBe('requires_payment_method');

    const auth = await stripe.paymentIntents.create({
      amount: 2000,
      currency: 'usd',
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
      return_url: 'https://app.test/after-auth',
    });
    expect(auth.status).toBe('requires_action');
    expect(auth.next_action?.type).toBe('redirect_to_url');
    expect(auth.next_action?.redirect_to_url?.return_url).toBe('https://app.test/after-auth');
    const authUrl = auth.next_action?.redirect_to_url?.url ?? '';
    expect((await fetch(authUrl)).status).toBe(200);
    const done = await submitForm(authUrl, { result: 'complete' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(
      `https://app.test/after-auth?payment_intent=${auth.id}`,
    );
    expect((await stripe.paymentIntents.retrieve(auth.id)).status).toBe('succeeded');

    const unconfirmed = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd' });
    expect(unconfirmed.status).toBe('requires_payment_method');
    const canceled = await stripe.paymentIntents.cancel(unconfirmed.id);
    expect(canceled.status).toBe('canceled');
  });
});
