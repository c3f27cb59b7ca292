import { readFileSync } from 'node:fs';
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { checkoutFor, connectedAccount, payCheckout, startHarness } from './harness.ts';

const fixtures = (
  JSON.parse(readFileSync(new URL('./fixtures/stripe-objects.json', import.meta.url), 'utf8')) as {
    resources: Record<string, Record<string, unknown>>;
  }
).resources;

/** Fields Stripe's example carries that the sandbox leaves out on purpose. */
const NOT_RETURNED: Record<string, string[]> = {
  // Not included by default since API version 2022-11-15 (expandable only).
  charge: ['refunds'],
  // Card-network reference details; nothing in the sandbox settles through a network.
  refund: ['destination_details'],
};

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Every field of Stripe's example is present with the same kind (null allowed for nullable fields). */
function expectShape(name: string, actual: object) {
  const example = fixtures[name];
  if (!example) throw new Error(`no fixture for ${name}`);
  const skip = NOT_RETURNED[name] ?? [];
  const ours = actual as Record<string, unknown>;
  const missing = Object.keys(example).filter((k) => !skip.includes(k) && !(k in ours));
  expect(missing, `${name} lacks fields Stripe returns`).toEqual([]);
  const mismatched = Object.keys(example).filter((k) => {
    if (skip.includes(k)) return false;
    const a = kind(ours[k]);
    const b = kind(example[k]);
    return a !== b && a !== 'null' && b !== 'null';
  });
  expect(mismatched, `${name} fields of another kind than Stripe's`).toEqual([]);
}

describe("objects match Stripe's own examples (fixtures3.json)", () => {
  it('accounts, links, checkout, payments, fees, refunds, transfers, balances and events', async () => {
    const { stripe } = await startHarness();
    const chef = await connectedAccount(stripe);
    expectShape('account', chef);
    expectShape(
      'account_link',
      await stripe.accountLinks.create({
        account: chef.id,
        type: 'account_onboarding',
        refresh_url: 'https://app.test/r',
        return_url: 'https://app.test/ok',
      }),
    );
    expectShape('login_link', await stripe.accounts.createLoginLink(chef.id));

    const session = await checkoutFor(stripe, chef.id, { food: 4000, fee: 600 });
    expectShape('checkout.session', session);
    expectShape('item', (await stripe.checkout.sessions.listLineItems(session.id)).data[0] ?? {});
    await payCheckout(session, '4242424242424242');
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expectShape('checkout.session', paid);
    const pi = await stripe.paymentIntents.retrieve(paid.payment_intent as string);
    expectShape('payment_intent', pi);
    const charge = await stripe.charges.retrieve(pi.latest_charge as string);
    expectShape('charge', charge);
    expectShape(
      'application_fee',
      await stripe.applicationFees.retrieve(charge.application_fee as string),
    );
    expectShape('transfer', await stripe.transfers.retrieve(charge.transfer as string));
    expectShape(
      'balance_transaction',
      await stripe.balanceTransactions.retrieve(charge.balance_transaction as string),
    );

    const refund = await stripe.refunds.create({
      charge: charge.id,
      amount: 1000,
      reverse_transfer: true,
      refund_application_fee: true,
    });
    expectShape('refund', refund);
    const transfer = await stripe.transfers.retrieve(charge.transfer as string);
    expectShape('transfer_reversal', transfer.reversals.data[0] ?? {});
    const fee: Stripe.ApplicationFee = await stripe.applicationFees.retrieve(
      charge.application_fee as string,
    );
    expectShape('fee_refund', fee.refunds.data[0] ?? {});
    expectShape('balance', await stripe.balance.retrieve());
    expectShape('event', (await stripe.events.list({ limit: 1 })).data[0] ?? {});
  });
});
