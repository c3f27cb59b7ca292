import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import {
  adminActions,
  createDatabase,
  deliveryOffers,
  drivers,
  orders,
  pushSubscriptions,
  transfers,
} from '@homechef/db';
import { createStripeClient } from '@homechef/payments';
import { connectedAccount } from '@homechef/stripe-sandbox/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Services } from '../../context.ts';
import { callerFor, createUser } from '../../../test/fixtures.ts';
import { createDriver, pingAll, readyOrder } from '../../../test/dispatch.ts';
import {
  createPayableKitchen,
  ledgerOf,
  startOrdersEnv,
  type OrdersEnv,
} from '../../../test/orders.ts';
import { createLeadership, DISPATCH_LOCK_KEY } from './leader.ts';
import { delivered } from './job.ts';
import { runDispatchRound } from './round.ts';

let o: OrdersEnv;
let services: Services;
beforeAll(async () => {
  o = await startOrdersEnv();
  services = o.env.services;
});
afterAll(async () => {
  await o?.close();
});

async function offersOf(orderId: string) {
  return services.db.select().from(deliveryOffers).where(eq(deliveryOffers.orderId, orderId));
}

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : error);

describe('dispatch', () => {
  it('offers a ready order to a nearby driver; of two drivers accepting, one wins', async () => {
    const { orderId } = await readyOrder(o);
    const a = await createDriver(services, { metres: 300 });
    const b = await createDriver(services, { metres: 900 });
    const now = new Date();
    const result = await runDispatchRound(services, { now });
    expect(result.offers).toBeGreaterThanOrEqual(1);
    const [offerA] = await offersOf(orderId);
    expect(offerA).toMatchObject({ driverId: a.id, status: 'pending', round: 1 });
    expect(offerA!.expiresAt.getTime()).toBe(now.getTime() + 30_000);

    const mine = await callerFor(services, a.actor).dispatch.myOffers();
    expect(mine).toEqual([
      expect.objectContaining({ orderId, earningsCents: expect.any(Number) as number }),
    ]);
    expect(JSON.stringify(mine)).not.toContain('500 Grand Ave');

    // A second pending offer of the same order (as a previous leader's round could leave).
    const [offerB] = await services.db
      .insert(deliveryOffers)
      .values({ orderId, driverId: b.id, round: 1, expiresAt: new Date(Date.now() + 30_000) })
      .returning();
    const outcomes = await Promise.allSettled([
      callerFor(services, a.actor).dispatch.accept({ offerId: offerA!.id }),
      callerFor(services, b.actor).dispatch.accept({ offerId: offerB!.id }),
    ]);
    expect(outcomes.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((r) => r.status === 'rejected');
    expect(codeOf(lost?.reason)).toBe('CONFLICT');

    const [order] = await services.db.select().from(orders).where(eq(orders.id, orderId));
    expect(order!.status).toBe('assigned_to_driver');
    const winner = order!.driverId === a.id ? a : b;
    const [row] = await services.db.select().from(drivers).where(eq(drivers.id, winner.id));
    expect(row!.status).toBe('busy');
    // Accepting again returns the same; the order's other offer is no longer pending.
    const winnerOffer = winner === a ? offerA! : offerB!;
    const again = await callerFor(services, winner.actor).dispatch.accept({
      offerId: winnerOffer.id,
    });
    expect(again.orderId).toBe(orderId);
    const statuses = (await offersOf(orderId)).map((f) => f.status).sort();
    expect(statuses).toEqual(['accepted', 'cancelled']);
  });

  it('the offer also reaches the driver’s phone by Web Push', async () => {
    const received: { path: string; headers: IncomingHttpHeaders }[] = [];
    const service = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers });
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    try {
      const { orderId } = await readyOrder(o);
      const driver = await createDriver(services, { metres: 200 });
      const browserKey = createECDH('prime256v1');
      browserKey.generateKeys();
      const endpoint = `http://127.0.0.1:${(service.address() as AddressInfo).port}/push/${driver.id}`;
      await services.db.insert(pushSubscriptions).values({
        userId: driver.actor.userId,
        endpoint,
        p256dh: browserKey.getPublicKey().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      });
      await runDispatchRound(services, { now: new Date() });
      const [offer] = await offersOf(orderId);
      expect(offer).toMatchObject({ driverId: driver.id, status: 'pending' });
      // Sent after the round's commit, without the round waiting for it.
      await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
      expect(received[0]).toMatchObject({
        path: `/push/${driver.id}`,
        headers: { 'content-encoding': 'aes128gcm' },
      });
      expect(received[0]?.headers.authorization).toMatch(/^vapid t=/);
    } finally {
      service.closeAllConnections();
      await new Promise((resolve) => service.close(resolve));
    }
  });

  it('an expired offer goes to the next round without that driver, also after a restart', async () => {
    const { orderId } = await readyOrder(o);
    const a = await createDriver(services, { metres: 200 });
    const b = await createDriver(services, { metres: 2000 });
    const t0 = new Date();
    await runDispatchRound(services, { now: t0 });
    expect((await offersOf(orderId)).map((f) => f.driverId)).toEqual([a.id]);

    // The accept comes too late.
    const [first] = await offersOf(orderId);
    await services.db
      .update(deliveryOffers)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(deliveryOffers.id, first!.id));
    await expect(
      callerFor(services, a.actor).dispatch.accept({ offerId: first!.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const t1 = new Date(t0.getTime() + 31_000);
    await pingAll(services, t1);
    await runDispatchRound(services, { now: t1 });
    const second = (await offersOf(orderId)).find((f) => f.status === 'pending');
    expect(second).toMatchObject({ driverId: b.id, round: 2 });

    // A driver who went off shift cannot take it.
    await services.db.update(drivers).set({ status: 'offline' }).where(eq(drivers.id, b.id));
    await expect(
      callerFor(services, b.actor).dispatch.accept({ offerId: second!.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Go online to take orders' });

    // A restart: new services over the same database find the pending offer and expire it.
    const handle = createDatabase({ url: o.env.database.url, max: 2 });
    try {
      const restarted = { ...services, db: handle.db };
      const t2 = new Date(t1.getTime() + 31_000);
      await pingAll(services, t2);
      const result = await runDispatchRound(restarted, { now: t2 });
      expect(result.expired).toBeGreaterThanOrEqual(1);
      const rows = await offersOf(orderId);
      expect(rows.map((f) => f.status).sort()).toEqual(['expired', 'expired']);
      // Both drivers let it lapse: a third one gets it.
      const c = await createDriver(services, { metres: 5000, lastSeenAt: t2 });
      await runDispatchRound(restarted, { now: t2 });
      const third = (await offersOf(orderId)).find((f) => f.status === 'pending');
      expect(third).toMatchObject({ driverId: c.id, round: 3 });
      // A decline sends it on too, and c is not asked again.
      await callerFor(services, c.actor).dispatch.decline({ offerId: third!.id });
      await runDispatchRound(restarted, { now: t2 });
      expect((await offersOf(orderId)).filter((f) => f.status === 'pending')).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it('the job steps run in order, each idempotent; delivery pays the driver once', async () => {
    const { orderId, customer } = await readyOrder(o);
    const account = await connectedAccount(o.stripe);
    const driver = await createDriver(services, { stripeAccountId: account.id });
    await runDispatchRound(services);
    const [offer] = await offersOf(orderId);
    const api = callerFor(services, driver.actor).dispatch;
    await api.accept({ offerId: offer!.id });

    const stranger = await createDriver(services);
    const other = callerFor(services, stranger.actor).dispatch;
    await expect(other.pickedUp({ orderId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.accept({ offerId: offer!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await other.currentJob()).toBeNull();

    await expect(api.delivered({ orderId, code: '0000' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const arrived = await api.arrivedAtKitchen({ orderId });
    expect(await api.arrivedAtKitchen({ orderId })).toEqual(arrived);
    const picked = await api.pickedUp({ orderId });
    expect(picked.status).toBe('in_transit');
    expect(await api.pickedUp({ orderId })).toEqual(picked);
    expect((await api.currentJob())?.dropoff.line1).toBe('500 Grand Ave');

    const [order] = await services.db.select().from(orders).where(eq(orders.id, orderId));
    // The customer sees the code on their order's page; the driver does not.
    expect(order!.deliveryCode).toMatch(/^\d{4}$/);
    const seen = await callerFor(services, customer).orders.byId({ orderId });
    expect(seen.deliveryCode).toBe(order!.deliveryCode);
    expect((await callerFor(services, driver.actor).orders.byId({ orderId })).deliveryCode).toBe(
      null,
    );
    const wrong = order!.deliveryCode === '0000' ? '0001' : '0000';
    await expect(api.delivered({ orderId, code: wrong })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const done = await api.delivered({ orderId, code: order!.deliveryCode });
    expect(done.status).toBe('delivered');
    expect(await api.delivered({ orderId, code: order!.deliveryCode })).toEqual(done);

    const paid = await services.db.select().from(transfers).where(eq(transfers.orderId, orderId));
    expect(paid).toEqual([
      expect.objectContaining({
        status: 'paid',
        amountCents: order!.deliveryFeeCents + order!.tipCents,
      }),
    ]);
    const sent = await o.stripe.transfers.list({ destination: account.id });
    expect(sent.data).toHaveLength(1);
    const ledger = await ledgerOf(o, orderId);
    expect(ledger.driver).toBe(order!.deliveryFeeCents + order!.tipCents);
    expect(ledger.charged).toBe(ledger.chef + ledger.driver + ledger.platform + ledger.refunded);
    const [row] = await services.db.select().from(drivers).where(eq(drivers.id, driver.id));
    expect(row!.status).toBe('online');
    expect(await api.currentJob()).toBeNull();
    const history = await services.db.execute(
      sql`select to_status from order_status_history where order_id = ${orderId} order by id`,
    );
    const steps = (Array.isArray(history) ? history : (history as { rows: unknown[] }).rows).map(
      (r) => (r as { to_status: string }).to_status,
    );
    expect(steps.slice(-4)).toEqual(['assigned_to_driver', 'picked_up', 'in_transit', 'delivered']);

    // The driver's earnings show the delivery with its transfer; another driver's show nothing.
    const pay = order!.deliveryFeeCents + order!.tipCents;
    const earnings = await callerFor(services, driver.actor).drivers.earnings({
      days: 7,
      timeZone: 'America/Los_Angeles',
    });
    expect(earnings.total).toEqual({
      deliveries: 1,
      deliveryFeeCents: order!.deliveryFeeCents,
      tipCents: order!.tipCents,
      reversedCents: 0,
      totalCents: pay,
    });
    expect(earnings.weeks).toEqual([expect.objectContaining({ deliveries: 1, totalCents: pay })]);
    expect(earnings.deliveries).toEqual([
      expect.objectContaining({
        orderId,
        totalCents: pay,
        transfer: { status: 'paid', stripeTransferId: sent.data[0]!.id },
      }),
    ]);
    const theirs = await callerFor(services, stranger.actor).drivers.earnings({});
    expect(theirs.total.deliveries).toBe(0);
    expect(theirs.deliveries).toEqual([]);
  });

  it('a transfer cut off by an outage is sent by a later round, once', async () => {
    const { orderId } = await readyOrder(o);
    const account = await connectedAccount(o.stripe);
    const driver = await createDriver(services, { stripeAccountId: account.id });
    await runDispatchRound(services);
    const [offer] = await offersOf(orderId);
    const api = callerFor(services, driver.actor).dispatch;
    await api.accept({ offerId: offer!.id });
    await api.pickedUp({ orderId });
    const [order] = await services.db.select().from(orders).where(eq(orders.id, orderId));
    // Stripe cannot be reached when the order is delivered: the delivery stands, the pay waits.
    const outage = {
      ...services,
      payments: {
        ...services.payments,
        stripe: createStripeClient({
          secretKey: 'sk_test_outage',
          endpoint: { host: '127.0.0.1', port: 9, protocol: 'http' },
          maxNetworkRetries: 0,
        }),
      },
    };
    await delivered(outage, driver.actor, { orderId, code: order!.deliveryCode });
    const pending = await services.db
      .select()
      .from(transfers)
      .where(eq(transfers.orderId, orderId));
    expect(pending.map((t) => t.status)).toEqual(['pending']);
    expect((await ledgerOf(o, orderId)).driver).toBe(0);

    const later = new Date(Date.now() + 31_000);
    await runDispatchRound(services, { now: later });
    const paid = await services.db.select().from(transfers).where(eq(transfers.orderId, orderId));
    expect(paid.map((t) => t.status)).toEqual(['paid']);
    // A retried delivery afterwards sends nothing more.
    await api.delivered({ orderId, code: order!.deliveryCode });
    expect((await o.stripe.transfers.list({ destination: account.id })).data).toHaveLength(1);
    const ledger = await ledgerOf(o, orderId);
    expect(ledger.driver).toBe(order!.deliveryFeeCents + order!.tipCents);
    expect(ledger.charged).toBe(ledger.chef + ledger.driver + ledger.platform + ledger.refunded);
  });

  it('the chef may hand the food over instead; the driver then only sets off', async () => {
    const { orderId, menu } = await readyOrder(o);
    const driver = await createDriver(services);
    const kitchen = callerFor(services, menu.chef).orders;
    await expect(kitchen.handOff({ orderId })).rejects.toMatchObject({ code: 'CONFLICT' });
    await runDispatchRound(services);
    const [offer] = await offersOf(orderId);
    await callerFor(services, driver.actor).dispatch.accept({ offerId: offer!.id });
    const otherChef = await createPayableKitchen(o);
    await expect(
      callerFor(services, otherChef.chef).orders.handOff({ orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await kitchen.handOff({ orderId });
    await kitchen.handOff({ orderId });
    const [handed] = await services.db.select().from(orders).where(eq(orders.id, orderId));
    expect(handed!.status).toBe('picked_up');
    const job = await callerFor(services, driver.actor).dispatch.pickedUp({ orderId });
    expect(job.status).toBe('in_transit');
  });

  it('an admin reassigns an order: the previous assignment is cancelled and audited', async () => {
    const { orderId } = await readyOrder(o);
    const near = await createDriver(services, { metres: 100 });
    const far = await createDriver(services, { metres: 3000 });
    await runDispatchRound(services);
    const [offer] = await offersOf(orderId);
    expect(offer!.driverId).toBe(near.id);
    const [first, second] = [near, far];
    await callerFor(services, first.actor).dispatch.accept({ offerId: offer!.id });
    const admin: Actor = (await createUser(services, { role: 'admin' })).actor;
    const driverOf = async () => (await callerFor(services, admin).admin.order({ orderId })).driver;
    expect(await driverOf()).toMatchObject({ id: first.id, vehicleType: 'car' });
    await callerFor(services, admin).admin.assignDriver({
      orderId,
      driverId: second.id,
      reason: 'First driver had a flat tyre',
    });
    const [order] = await services.db.select().from(orders).where(eq(orders.id, orderId));
    expect(order).toMatchObject({ status: 'assigned_to_driver', driverId: second.id });
    // The admin's order page names the driver who has it now.
    expect((await driverOf())?.id).toBe(second.id);
    await expect(
      callerFor(services, first.actor).dispatch.pickedUp({ orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [freed] = await services.db.select().from(drivers).where(eq(drivers.id, first.id));
    expect(freed!.status).toBe('online');
    const log = await services.db
      .select()
      .from(adminActions)
      .where(eq(adminActions.targetId, orderId));
    expect(log).toEqual([
      expect.objectContaining({ action: 'order.assign_driver', adminUserId: admin.userId }),
    ]);
  });
});

describe('leadership', () => {
  it('one of two instances leads; the other takes over when the leader’s connection dies', async () => {
    if (o.env.database.kind !== 'postgres') return;
    const key = DISPATCH_LOCK_KEY + BigInt(Math.floor(Math.random() * 1e6));
    const a = createLeadership(o.env.database.url, key);
    const b = createLeadership(o.env.database.url, key);
    try {
      expect(await a.isLeader()).toBe(true);
      expect(await b.isLeader()).toBe(false);
      expect(await a.isLeader()).toBe(true);
      // The leader's connection dies (a crash, a network cut): PostgreSQL drops its lock.
      await services.db.execute(sql`
        select pg_terminate_backend(pid) from pg_locks
        where locktype = 'advisory' and granted
          and objid = ${Number(key & 0xffffffffn)} and classid = ${Number(key >> 32n)}`);
      let took = false;
      for (let i = 0; i < 50 && !took; i++) {
        took = await b.isLeader();
        if (!took) await new Promise((r) => setTimeout(r, 100));
      }
      expect(took).toBe(true);
      expect(await a.isLeader()).toBe(false);
    } finally {
      await a.release();
      await b.release();
    }
  });
});
