/**
 * Refunds of a delivered order: by default the kitchen and the platform bear them and the driver
 * keeps their pay; when the admin says the delivery itself failed, the driver's part is taken
 * back from their transfer, once, even when the reversal is retried.
 */
import { eq } from 'drizzle-orm';
import { refunds, transferReversals, transfers } from '@homechef/db';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Services } from '../../context.ts';
import { callerFor } from '../../../test/fixtures.ts';
import { deliveredOrder, startPayoutEnv } from '../../../test/dispatch.ts';
import {
  cart,
  createCustomer,
  createPayableKitchen,
  ledgerOf,
  orderRow,
  placeAndPay,
  type OrdersEnv,
} from '../../../test/orders.ts';
import { refundOrder } from './lifecycle.ts';
import { driverPartCents, processReversal } from './refunds.ts';
import { sweepOrders } from './timers.ts';

let o: OrdersEnv;
let services: Services;
let admin: Actor;
beforeAll(async () => {
  ({ o, services, admin } = await startPayoutEnv());
});
afterAll(async () => {
  await o?.close();
});

async function transferOf(orderId: string) {
  const [transfer] = await services.db
    .select()
    .from(transfers)
    .where(eq(transfers.orderId, orderId));
  return transfer!;
}

async function reversalsOf(orderId: string) {
  return services.db.select().from(transferReversals).where(eq(transferReversals.orderId, orderId));
}

/** Services whose Stripe client makes each transfer reversal but loses Stripe's answer. */
function answerLost(): Services {
  const real = services.payments.stripe;
  const transfersApi = Object.create(real.transfers) as Stripe['transfers'];
  transfersApi.createReversal = async (
    ...args: Parameters<Stripe['transfers']['createReversal']>
  ) => {
    await real.transfers.createReversal(...args);
    throw new Error('connection reset');
  };
  const stripe = Object.create(real) as Stripe;
  Object.defineProperty(stripe, 'transfers', { value: transfersApi });
  return { ...services, payments: { ...services.payments, stripe } };
}

const identity = (l: Awaited<ReturnType<typeof ledgerOf>>) =>
  l.chef + l.driver + l.platform + l.refunded;

describe('a refund after delivery', () => {
  it('is borne by the kitchen and the platform by default: the driver keeps their pay', async () => {
    const { orderId, driver } = await deliveredOrder(o, admin);
    const order = await orderRow(o, orderId);
    const pay = order.deliveryFeeCents + order.tipCents;
    expect((await transferOf(orderId)).status).toBe('paid');

    await callerFor(services, admin).orders.refund({ orderId, reason: 'The food was cold' });
    expect((await orderRow(o, orderId)).status).toBe('refunded');
    const ledger = await ledgerOf(o, orderId);
    expect(ledger).toEqual({
      charged: order.totalCents,
      chef: 0,
      driver: pay,
      platform: -pay,
      refunded: order.totalCents,
    });
    expect(ledger.charged).toBe(identity(ledger));
    expect(await reversalsOf(orderId)).toEqual([]);
    const transfer = await o.stripe.transfers.retrieve(
      (await transferOf(orderId)).stripeTransferId!,
    );
    expect(transfer.amount_reversed).toBe(0);

    const earnings = await callerFor(services, driver.actor).drivers.earnings({});
    expect(earnings.total).toMatchObject({ reversedCents: 0, totalCents: pay });
  });

  it('takes the driver’s pay back, once, when the delivery was at fault', async () => {
    const { orderId, driver } = await deliveredOrder(o, admin);
    const order = await orderRow(o, orderId);
    const pay = order.deliveryFeeCents + order.tipCents;

    await callerFor(services, admin).orders.refund({
      orderId,
      reason: 'Never arrived',
      driverAtFault: true,
    });
    const [reversal] = await reversalsOf(orderId);
    expect(reversal).toMatchObject({ status: 'paid', amountCents: pay, driverId: driver.id });
    expect((await transferOf(orderId)).status).toBe('reversed');
    const [refund] = await services.db.select().from(refunds).where(eq(refunds.orderId, orderId));
    expect(refund).toMatchObject({ status: 'succeeded', driverAtFault: true });
    const ledger = await ledgerOf(o, orderId);
    expect(ledger).toEqual({
      charged: order.totalCents,
      chef: 0,
      driver: 0,
      platform: 0,
      refunded: order.totalCents,
    });

    // Sent again (a retry, the timers): nothing more is reversed or journaled.
    expect(await processReversal(services, refund!.id)).toBe('skipped');
    await sweepOrders(services, new Date(Date.now() + 31_000));
    const stripeTransfer = await o.stripe.transfers.retrieve(
      (await transferOf(orderId)).stripeTransferId!,
    );
    expect(stripeTransfer).toMatchObject({ amount_reversed: pay, reversed: true });
    expect(stripeTransfer.reversals.data).toHaveLength(1);
    expect(stripeTransfer.reversals.data[0]!.id).toBe(reversal!.stripeReversalId);
    expect(await ledgerOf(o, orderId)).toEqual(ledger);

    // The driver sees it on their earnings.
    const earnings = await callerFor(services, driver.actor).drivers.earnings({});
    expect(earnings.total).toMatchObject({ deliveries: 1, reversedCents: pay, totalCents: 0 });
    expect(earnings.deliveries).toEqual([
      expect.objectContaining({
        orderId,
        reversedCents: pay,
        totalCents: 0,
        transfer: expect.objectContaining({ status: 'reversed' }) as unknown,
      }),
    ]);
    // The order says who bore it.
    const seen = await callerFor(services, admin).orders.byId({ orderId });
    expect(seen.refunds).toEqual([expect.objectContaining({ driverAtFault: true })]);
  });

  it('a reversal whose answer was lost is sent again by the timers and made once', async () => {
    const { orderId } = await deliveredOrder(o, admin, { tipCents: 0 });
    const order = await orderRow(o, orderId);
    const pay = order.deliveryFeeCents;
    // A partial refund, with the driver at fault: they give back the same fraction of their pay.
    const amount = Math.floor(order.totalCents / 3);
    const { refundId } = await refundOrder(answerLost(), admin, {
      orderId,
      amountCents: amount,
      reason: 'Late and cold',
      driverAtFault: true,
    });
    const part = driverPartCents(order.totalCents, pay, amount);
    expect(part).toBeGreaterThan(0);
    expect(await reversalsOf(orderId)).toEqual([
      expect.objectContaining({ status: 'pending', amountCents: part }),
    ]);
    // Stripe made it; the journal does not know yet, and the identity holds meanwhile.
    const before = await ledgerOf(o, orderId);
    expect(before.driver).toBe(pay);
    expect(before.charged).toBe(identity(before));

    const swept = await sweepOrders(services, new Date(Date.now() + 31_000));
    expect(swept.reversals).toBe(1);
    expect(await processReversal(services, refundId)).toBe('skipped');
    expect((await sweepOrders(services, new Date(Date.now() + 62_000))).reversals).toBe(0);
    const stripeTransfer = await o.stripe.transfers.retrieve(
      (await transferOf(orderId)).stripeTransferId!,
    );
    expect(stripeTransfer.reversals.data.map((r) => r.amount)).toEqual([part]);
    expect((await transferOf(orderId)).status).toBe('paid');
    const after = await ledgerOf(o, orderId);
    expect(after.driver).toBe(pay - part);
    expect(after.refunded).toBe(amount);
    expect(after.charged).toBe(identity(after));

    // The rest, not the driver's fault: the kitchen and the platform bear it.
    await callerFor(services, admin).orders.refund({ orderId, reason: 'The rest' });
    const end = await ledgerOf(o, orderId);
    expect(end).toMatchObject({ chef: 0, driver: pay - part, refunded: order.totalCents });
    expect(end.charged).toBe(identity(end));
    expect(await reversalsOf(orderId)).toHaveLength(1);
  });

  it('a driver is held at fault only for an order someone delivered: bad input changes nothing', async () => {
    const menu = await createPayableKitchen(o);
    const customer = await createCustomer(o);
    const orderId = await placeAndPay(o, customer, cart(menu));
    await o.deliverEvents();
    await callerFor(services, menu.chef).orders.accept({ orderId, prepMinutes: 15 });
    await expect(
      callerFor(services, admin).orders.refund({
        orderId,
        reason: 'Never arrived',
        driverAtFault: true,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await services.db.select().from(refunds).where(eq(refunds.orderId, orderId))).toEqual(
      [],
    );
    expect((await orderRow(o, orderId)).status).toBe('accepted');
  });
});

describe('driverPartCents', () => {
  it('is the refunded fraction of the transfer, all of it for the whole charge', () => {
    expect(driverPartCents(4000, 700, 4000)).toBe(700);
    expect(driverPartCents(4000, 700, 2000)).toBe(350);
    expect(driverPartCents(3000, 700, 1000)).toBe(233);
    expect(driverPartCents(3000, 700, 0)).toBe(0);
  });
});
