import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { adminActions, chefs, orderStatusHistory, payments, refunds } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, createUser } from '../../../test/fixtures.ts';
import { destination, OAKLAND } from '../../../test/kitchens.ts';
import {
  cart,
  createCustomer,
  createPayableKitchen,
  ledgerOf,
  orderRow,
  placeAndPay,
  setDailyQuantity,
  startOrdersEnv,
  stripeChargeOf,
  type Menu,
  type OrdersEnv,
} from '../../../test/orders.ts';
import { sweepOrders } from './timers.ts';

let o: OrdersEnv;
beforeAll(async () => {
  o = await startOrdersEnv({ acceptTimeoutSeconds: 300 });
});
afterAll(async () => {
  await o.close();
});

const caller = (actor: Parameters<typeof callerFor>[1]) => callerFor(o.env.services, actor);

/** The journal of the test cart (41.45) once all of it went back. */
const ALL_REFUNDED = { charged: 4145, chef: 0, driver: 0, platform: 0, refunded: 4145 };

async function paidOrder(menu: Menu) {
  const customer = await createCustomer(o);
  const orderId = await placeAndPay(o, customer, cart(menu));
  await o.deliverEvents();
  return { customer, orderId };
}

/** Reads `count` values from a subscription's stream; tracked events come as [id, data]. */
async function take<T>(stream: AsyncIterable<unknown>, count: number): Promise<[string, T][]> {
  const out: [string, T][] = [];
  const iterator = stream[Symbol.asyncIterator]();
  while (out.length < count) {
    const next = await Promise.race([
      iterator.next(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`only ${out.length} of ${count} events`)), 5000),
      ),
    ]);
    if (next.done) break;
    const [id, data] = next.value as [string, T];
    out.push([id, data]);
  }
  await iterator.return?.();
  return out;
}

describe('orders.quote', () => {
  it('prices the cart from the database: options, distance fee, tip and the platform share', async () => {
    const menu = await createPayableKitchen(o);
    const customer = await createCustomer(o);
    const quote = await caller(customer).orders.quote(cart(menu));
    // 2 × (12.00 + 0.50 hot + 2.50 rice) + 4.50 roti
    expect(quote.lines.map((l) => [l.unitPriceCents, l.lineTotalCents])).toEqual([
      [1500, 3000],
      [450, 450],
    ]);
    expect(quote).toMatchObject({
      subtotalCents: 3450,
      // 2.99 + 1.2 km × 0.80
      deliveryFeeCents: 395,
      tipCents: 300,
      // 15% of 34.50 = 5.175, half-up
      platformFeeCents: 518,
      totalCents: 4145,
      currency: 'usd',
      problems: [],
    });
  });

  it('says why a cart cannot be ordered, each reason once', async () => {
    const menu = await createPayableKitchen(o, { maxMealsPerDay: 2 });
    const customer = await createCustomer(o);
    await setDailyQuantity(o, menu.bread, 1);
    const far = destination(OAKLAND.lat, OAKLAND.lng, 0, 9000);
    const quote = await caller(customer).orders.quote(
      cart(menu, {
        items: [
          { menuItemId: menu.curry, quantity: 1, optionIds: [] },
          { menuItemId: menu.bread, quantity: 2 },
        ],
        deliveryAddress: { line1: 'x', city: 'Oakland', postalCode: '94600', ...far },
        scheduledFor: new Date(Date.now() + 5 * 60_000),
      }),
    );
    expect(quote.problems.map((p) => p.code).sort()).toEqual([
      'below_lead_time',
      'daily_cap_reached',
      'invalid_options',
      'item_sold_out',
      'outside_delivery_radius',
    ]);
    expect(quote.problems.find((p) => p.code === 'invalid_options')).toMatchObject({
      line: 0,
      message: 'Green curry: choose 1 for “Spice level”',
    });
  });

  it('a paused kitchen is a problem; an unapproved one is not found', async () => {
    const menu = await createPayableKitchen(o);
    const customer = await createCustomer(o);
    await o.env.services.db.update(chefs).set({ isPaused: true }).where(eq(chefs.id, menu.chefId));
    const quote = await caller(customer).orders.quote(cart(menu));
    expect(quote.problems.map((p) => p.code)).toEqual(['kitchen_paused']);
    await o.env.services.db
      .update(chefs)
      .set({ verificationStatus: 'submitted', isPaused: false })
      .where(eq(chefs.id, menu.chefId));
    await expect(caller(customer).orders.quote(cart(menu))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses another customer’s saved address as not found', async () => {
    const menu = await createPayableKitchen(o);
    const owner = await createCustomer(o);
    const address = await caller(owner).users.addresses.add({
      line1: '1 Home St',
      city: 'Oakland',
      postalCode: '94610',
      lat: OAKLAND.lat,
      lng: OAKLAND.lng,
    });
    const stranger = await createCustomer(o);
    await expect(
      caller(stranger).orders.quote(cart(menu, { deliveryAddress: { addressId: address.id } })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const quote = await caller(owner).orders.quote(
      cart(menu, { deliveryAddress: { addressId: address.id } }),
    );
    expect(quote.problems).toEqual([]);
  });
});

describe('orders.place and payment', () => {
  it('a paid checkout confirms the order once, however Stripe delivers the events', async () => {
    const menu = await createPayableKitchen(o);
    const customer = await createCustomer(o);
    const input = cart(menu);
    const orderId = await placeAndPay(o, customer, input);
    expect((await orderRow(o, orderId)).status).toBe('pending');

    // Twice each, newest first: one payment, one confirmation.
    await o.deliverEvents({ reverse: true, twice: true });
    const order = await orderRow(o, orderId);
    expect(order.status).toBe('payment_confirmed');
    const history = await o.env.services.db
      .select()
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, orderId));
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.actorRole])).toEqual([
      [null, 'pending', 'customer'],
      ['pending', 'payment_confirmed', 'stripe'],
    ]);
    const paid = await o.env.services.db
      .select()
      .from(payments)
      .where(eq(payments.orderId, orderId));
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({
      amountCents: 4145,
      // platform 5.18 + delivery 3.95 + tip 3.00
      applicationFeeCents: 1213,
      status: 'succeeded',
    });
    const pi = await o.stripe.paymentIntents.retrieve(paid[0]!.stripePaymentIntentId);
    expect(pi).toMatchObject({ amount: 4145, application_fee_amount: 1213 });
    expect(pi.transfer_group).toBe(`order_${orderId}`);
    expect(await ledgerOf(o, orderId)).toEqual({
      charged: 4145,
      chef: 3450 - 518,
      driver: 0,
      platform: 1213,
      refunded: 0,
    });

    // A retry of the same checkout returns the same order; another cart under its key is refused.
    await expect(caller(customer).orders.place(input)).resolves.toEqual({
      orderId,
      checkoutUrl: null,
    });
    await expect(caller(customer).orders.place({ ...input, tipCents: 0 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('a declined card leaves the order awaiting payment', async () => {
    const menu = await createPayableKitchen(o);
    const customer = await createCustomer(o);
    const orderId = await placeAndPay(o, customer, cart(menu), '4000000000000002');
    await o.deliverEvents();
    const order = await caller(customer).orders.byId({ orderId });
    expect(order.status).toBe('pending');
    expect(order.actions).toEqual(['pay', 'cancel']);
  });

  it('50 customers racing for the last 3 portions: exactly 3 orders', async () => {
    const menu = await createPayableKitchen(o);
    await setDailyQuantity(o, menu.bread, 3);
    const customers = await Promise.all(Array.from({ length: 50 }, () => createCustomer(o)));
    const results = await Promise.allSettled(
      customers.map((c) =>
        caller(c).orders.place(cart(menu, { items: [{ menuItemId: menu.bread, quantity: 1 }] })),
      ),
    );
    const placed = results.filter((r) => r.status === 'fulfilled');
    expect(placed).toHaveLength(3);
    for (const r of results) {
      if (r.status === 'rejected') {
        expect(r.reason).toBeInstanceOf(TRPCError);
        expect((r.reason as TRPCError).code).toBe('PRECONDITION_FAILED');
        expect((r.reason as TRPCError).message).toMatch(/Roti is sold out|Only \d Roti left/);
      }
    }
  });

  it('the daily meal cap counts the kitchen’s own calendar day', async () => {
    const menu = await createPayableKitchen(o, { maxMealsPerDay: 3, maxMealsPerWeek: 100 });
    const customer = await createCustomer(o);
    const three = [{ menuItemId: menu.bread, quantity: 3 }];
    const today = await caller(customer).orders.place(cart(menu, { items: three }));
    await expect(
      caller(customer).orders.place(
        cart(menu, { items: [{ menuItemId: menu.bread, quantity: 1 }] }),
      ),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    // The same cart for the next day in Los Angeles fits.
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const next = await caller(customer).orders.place(
      cart(menu, { items: three, scheduledFor: tomorrow }),
    );
    const [a, b] = [await orderRow(o, today.orderId), await orderRow(o, next.orderId)];
    expect(b.serviceDate > a.serviceDate).toBe(true);
    const rows = await caller(menu.chef).orders.list({});
    expect(rows.items).toHaveLength(0); // Unpaid orders are not the kitchen's business yet.
  });
});

describe('the kitchen works the order', () => {
  it('accept, prepare, ready; the customer’s stream resumes with exactly what it missed', async () => {
    const menu = await createPayableKitchen(o);
    const { customer, orderId } = await paidOrder(menu);
    const chef = caller(menu.chef);

    const first = await take<{ to: string }>(
      await caller(customer).orders.onStatus({ orderId }),
      2,
    );
    expect(first.map(([, e]) => e.to)).toEqual(['pending', 'payment_confirmed']);
    const lastSeen = first[1]![0];

    await chef.orders.accept({ orderId, prepMinutes: 25 });
    await chef.orders.markPreparing({ orderId });
    const live = await caller(customer).orders.onStatus({ orderId, lastEventId: lastSeen });
    const pending = take<{ to: string }>(live, 3);
    await chef.orders.markReady({ orderId });
    const resumed = await pending;
    expect(resumed.map(([, e]) => e.to)).toEqual(['accepted', 'preparing', 'ready_for_pickup']);
    expect(new Set(resumed.map(([id]) => id)).size).toBe(3);
    expect(Number(resumed[0]![0])).toBeGreaterThan(Number(lastSeen));

    const order = await caller(customer).orders.byId({ orderId });
    expect(order.status).toBe('ready_for_pickup');
    expect(order.estimatedReadyAt).not.toBeNull();
    expect(order.history).toHaveLength(5);
  });

  it('two accepts racing: one wins, the other gets CONFLICT', async () => {
    const menu = await createPayableKitchen(o);
    const { orderId } = await paidOrder(menu);
    const results = await Promise.allSettled([
      caller(menu.chef).orders.accept({ orderId, prepMinutes: 20 }),
      caller(menu.chef).orders.accept({ orderId, prepMinutes: 30 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const accepted = await o.env.services.db
      .select()
      .from(orderStatusHistory)
      .where(
        and(eq(orderStatusHistory.orderId, orderId), eq(orderStatusHistory.toStatus, 'accepted')),
      );
    expect(accepted).toHaveLength(1);
  });

  it('the kitchen’s queue streams paid orders with the order as the board shows it', async () => {
    const menu = await createPayableKitchen(o);
    const stream = await caller(menu.chef).orders.onKitchenQueue({});
    const events = take<{ event: { to: string }; order: { id: string; itemCount: number } }>(
      stream,
      1,
    );
    const { orderId } = await paidOrder(menu);
    const [[, first]] = (await events) as [
      [string, { event: { to: string }; order: { id: string; itemCount: number } }],
    ];
    expect(first.event.to).toBe('payment_confirmed');
    expect(first.order).toMatchObject({ id: orderId, itemCount: 3 });
  });

  it('another kitchen, another customer: NOT_FOUND, as for no order at all', async () => {
    const menu = await createPayableKitchen(o);
    const { orderId } = await paidOrder(menu);
    const other = await createPayableKitchen(o);
    const stranger = await createCustomer(o);
    await expect(caller(stranger).orders.byId({ orderId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(caller(stranger).orders.onStatus({ orderId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      caller(other.chef).orders.accept({ orderId, prepMinutes: 20 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller(stranger).orders.cancel({ orderId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('cancellations and refunds', () => {
  it('the customer cancels before acceptance and gets everything back', async () => {
    const menu = await createPayableKitchen(o);
    const { customer, orderId } = await paidOrder(menu);
    await caller(customer).orders.cancel({ orderId });
    const order = await caller(customer).orders.byId({ orderId });
    expect(order.status).toBe('cancelled');
    expect(order.refunds).toMatchObject([{ amountCents: 4145, status: 'succeeded' }]);
    expect(await ledgerOf(o, orderId)).toEqual(ALL_REFUNDED);
    expect((await stripeChargeOf(o, orderId)).amount_refunded).toBe(4145);
  });

  it('once the kitchen accepted, the customer cannot cancel', async () => {
    const menu = await createPayableKitchen(o);
    const { customer, orderId } = await paidOrder(menu);
    await caller(menu.chef).orders.accept({ orderId, prepMinutes: 15 });
    await expect(caller(customer).orders.cancel({ orderId })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('an unpaid order cancelled closes its payment page and frees its portions', async () => {
    const menu = await createPayableKitchen(o);
    await setDailyQuantity(o, menu.bread, 1);
    const customer = await createCustomer(o);
    const only = cart(menu, { items: [{ menuItemId: menu.bread, quantity: 1 }] });
    const placed = await caller(customer).orders.place(only);
    const sessionId = (await orderRow(o, placed.orderId)).stripeCheckoutSessionId!;
    await caller(customer).orders.cancel({ orderId: placed.orderId });
    expect((await o.stripe.checkout.sessions.retrieve(sessionId)).status).toBe('expired');
    const again = await caller(customer).orders.quote(only);
    expect(again.problems).toEqual([]);
  });

  it('the kitchen rejects with a reason: refunded in full', async () => {
    const menu = await createPayableKitchen(o);
    const { orderId } = await paidOrder(menu);
    await caller(menu.chef).orders.reject({ orderId, reason: 'Out of coconut milk' });
    expect((await orderRow(o, orderId)).status).toBe('rejected');
    expect((await ledgerOf(o, orderId)).refunded).toBe(4145);
  });

  it('an admin refunds part, then the rest: journaled to the cent and audited', async () => {
    const menu = await createPayableKitchen(o);
    const { orderId } = await paidOrder(menu);
    await caller(menu.chef).orders.accept({ orderId, prepMinutes: 15 });
    const admin = (await createUser(o.env.services, { role: 'admin' })).actor;
    await caller(admin).orders.refund({ orderId, amountCents: 1001, reason: 'Cold roti' });
    const partial = await ledgerOf(o, orderId);
    expect(partial.charged).toBe(
      partial.chef + partial.driver + partial.platform + partial.refunded,
    );
    expect(partial.refunded).toBe(1001);
    expect((await orderRow(o, orderId)).status).toBe('accepted');

    await expect(
      caller(admin).orders.refund({ orderId, amountCents: 5000, reason: 'Too much' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller(admin).orders.refund({ orderId, reason: 'Never arrived' });
    expect((await orderRow(o, orderId)).status).toBe('refunded');
    expect(await ledgerOf(o, orderId)).toEqual(ALL_REFUNDED);
    // The kitchen's account and the platform's fee were reversed as journaled.
    expect((await stripeChargeOf(o, orderId)).application_fee.amount_refunded).toBe(1213);
    const audit = await o.env.services.db
      .select()
      .from(adminActions)
      .where(eq(adminActions.targetId, orderId));
    expect(audit.map((a) => a.action)).toEqual(['order.refund', 'order.refund']);
  });
});

describe('order timers', () => {
  it('a paid order the kitchen leaves unanswered is rejected and refunded', async () => {
    const menu = await createPayableKitchen(o);
    const { orderId } = await paidOrder(menu);
    await sweepOrders(o.env.services, new Date(Date.now() + 200_000));
    expect((await orderRow(o, orderId)).status).toBe('payment_confirmed');
    const result = await sweepOrders(o.env.services, new Date(Date.now() + 301_000));
    expect(result.rejected).toBeGreaterThanOrEqual(1);
    expect((await orderRow(o, orderId)).status).toBe('rejected');
    const [refund] = await o.env.services.db
      .select()
      .from(refunds)
      .where(eq(refunds.orderId, orderId));
    expect(refund).toMatchObject({ status: 'succeeded', amountCents: 4145 });
  });

  it('an order whose payment page expired is cancelled', async () => {
    const menu = await createPayableKitchen(o);
    const customer = await createCustomer(o);
    const placed = await caller(customer).orders.place(cart(menu));
    await sweepOrders(o.env.services, new Date(Date.now() + 1860_000 + 61_000));
    expect((await orderRow(o, placed.orderId)).status).toBe('cancelled');
  });
});

describe('the kitchen’s day and money', () => {
  it('today’s portions and caps, and earnings from the journal', async () => {
    const menu = await createPayableKitchen(o, { maxMealsPerDay: 40 });
    await setDailyQuantity(o, menu.curry, 10);
    await paidOrder(menu);
    const { orderId } = await paidOrder(menu);
    await caller(menu.chef).orders.reject({ orderId, reason: 'Ran out of rice' });

    const today = await caller(menu.chef).orders.kitchenToday();
    // The rejected order gave its portions back.
    expect(today).toMatchObject({ mealsToday: 3, maxMealsPerDay: 40 });
    expect(today.dishes.find((d) => d.id === menu.curry)).toMatchObject({
      dailyQuantity: 10,
      soldToday: 2,
    });

    const earnings = await caller(menu.chef).orders.earnings({ days: 7 });
    expect(earnings.days).toHaveLength(7);
    expect(earnings.total).toMatchObject({
      orders: 2,
      foodCents: 6900,
      platformFeeCents: 1036,
      refundedCents: 2932,
      netCents: 2932,
    });
    expect(earnings.days[0]).toMatchObject({ orders: 2, netCents: 2932 });
    expect(earnings.weeks.reduce((s, w) => s + w.netCents, 0)).toBe(2932);

    const admin = (await createUser(o.env.services, { role: 'admin' })).actor;
    const detail = await caller(admin).admin.order({ orderId });
    expect(detail.payment).toMatchObject({ amountCents: 4145, applicationFeeCents: 1213 });
    expect(detail.ledger.map((e) => [e.account, e.amountCents])).toEqual([
      ['customer_charge', -4145],
      ['chef_share', 2932],
      ['platform_fee', 1213],
      ['refund', 4145],
      ['chef_share', -2932],
      ['platform_fee', -1213],
    ]);
    await expect(caller(menu.chef).admin.order({ orderId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
