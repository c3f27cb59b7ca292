import { TRPCError } from '@trpc/server';
import { desc } from 'drizzle-orm';
import { dispatchRounds } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Services } from '../../context.ts';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import { createKitchen, OAKLAND } from '../../../test/kitchens.ts';
import { insertOrder } from '../../../test/orders.ts';
import { createDriver } from '../../../test/dispatch.ts';
import { pruneRoundLog, recordRound, runLoggedRound } from './round-log.ts';

/** A driver off shift who may go online: approved, with a Stripe account taking payouts. */
const offShiftDriver = (vehicleType: 'car' | 'scooter' = 'scooter') =>
  createDriver(services, {
    status: 'offline',
    vehicleType,
    stripeAccountId: `acct_driver_${Math.random().toString(36).slice(2, 10)}`,
    stripePayoutsEnabled: true,
  });

let env: TestEnv;
let services: Services;
let admin: Actor;
beforeAll(async () => {
  env = await createTestEnv();
  services = env.services;
  admin = (await createUser(services, { role: 'admin' })).actor;
});
afterAll(async () => {
  await env?.close();
});

const snapshot = () => callerFor(services, admin).admin.operations();

/** A ready order of a fresh kitchen in Oakland, waiting for a driver. */
async function readyOrder() {
  const { chef } = await createKitchen(services);
  const customer = await createUser(services, { role: 'customer' });
  const orderId = await insertOrder(services, {
    chefId: chef.id,
    customerId: customer.id,
    status: 'ready_for_pickup',
  });
  return { orderId, chef };
}

const rounds = () => services.db.select().from(dispatchRounds).orderBy(desc(dispatchRounds.id));

describe('admin.operations', () => {
  it('is empty before anything happens', async () => {
    const ops = await snapshot();
    expect(ops.drivers).toEqual({ items: [], total: 0, truncated: false });
    expect(ops.waitingOrders.items).toEqual([]);
    expect(ops.offers.items).toEqual([]);
    expect(ops.rounds.recent).toEqual([]);
    expect(ops.rounds.summary).toMatchObject({ rounds: 0, avgMs: null, p95Ms: null });
  });

  it('shows a driver who went online, the order waiting, the offer a round made and the round', async () => {
    const { orderId, chef } = await readyOrder();
    const before = await snapshot();
    expect(before.waitingOrders.items).toEqual([
      expect.objectContaining({
        id: orderId,
        status: 'ready_for_pickup',
        kitchen: { id: chef.id, name: chef.businessName, lat: OAKLAND.lat, lng: OAKLAND.lng },
        dropoffArea: { lat: 37.804, lng: -122.271 },
        pendingOffers: 0,
      }),
    ]);

    const driver = await offShiftDriver('car');
    const at = { lat: 37.8044, lng: -122.2672 };
    await callerFor(services, driver.actor).drivers.goOnline(at);
    const online = await snapshot();
    expect(online.drivers.items).toEqual([
      expect.objectContaining({
        id: driver.id,
        vehicleType: 'car',
        activity: 'idle',
        position: at,
        fresh: true,
      }),
    ]);

    const result = await runLoggedRound(services);
    expect(result).toMatchObject({ waiting: 1, drivers: 1, planned: 1, offers: 1 });

    const ops = await snapshot();
    expect(ops.drivers.items[0]).toMatchObject({ id: driver.id, activity: 'offered' });
    expect(ops.waitingOrders.items).toEqual([
      expect.objectContaining({ id: orderId, pendingOffers: 1 }),
    ]);
    expect(ops.offers.items).toEqual([
      expect.objectContaining({
        orderId,
        driverId: driver.id,
        kitchenName: chef.businessName,
        round: 1,
      }),
    ]);
    expect(ops.offers.items[0]!.expiresAt.getTime()).toBeGreaterThan(ops.at.getTime());
    expect(ops.rounds.recent).toEqual([
      expect.objectContaining({
        rounds: 1,
        waiting: 1,
        driversFree: 1,
        planned: 1,
        offers: 1,
        held: 0,
        expired: 0,
        failed: false,
      }),
    ]);
    expect(ops.rounds.summary).toMatchObject({ rounds: 1, offers: 1, failed: 0 });
    expect(ops.rounds.summary.avgMs).toBeGreaterThanOrEqual(0);
    expect(ops.rounds.summary.p95Ms).toBe(ops.rounds.recent[0]!.durationMs);
  });

  it('folds rounds with nothing to do into one row, and logs a failed round', async () => {
    const start = (await rounds()).length;
    // The order has its offer out and the driver is answering it: nothing to do, twice.
    await runLoggedRound(services);
    await runLoggedRound(services);
    const log = await rounds();
    expect(log).toHaveLength(start + 1);
    expect(log[0]).toMatchObject({ rounds: 2, waiting: 0, offers: 0, failed: false });
    expect(log[0]!.totalMs).toBeGreaterThanOrEqual(log[0]!.durationMs);

    // A round that throws (here: its travel estimate) is logged as failed, and throws on.
    await readyOrder();
    const other = await offShiftDriver();
    await callerFor(services, other.actor).drivers.goOnline({ lat: OAKLAND.lat, lng: OAKLAND.lng });
    const broken = {
      seconds: () => {
        throw new Error('no route');
      },
    };
    await expect(runLoggedRound(services, { estimator: broken })).rejects.toThrow('no route');
    const [failed] = await rounds();
    expect(failed).toMatchObject({ failed: true, rounds: 1 });
    // An idle round after a failed one starts a row of its own.
    await recordRound(services.db, {
      startedAt: new Date(),
      durationMs: 3,
      result: { expired: 0, waiting: 0, drivers: 0, planned: 0, offers: 0, held: 0 },
    });
    expect((await rounds())[0]).toMatchObject({ failed: false, rounds: 1, durationMs: 3 });

    const ops = await snapshot();
    expect(ops.rounds.summary.failed).toBe(1);
    expect(ops.rounds.recent.length).toBeLessThanOrEqual(20);
  });

  it('keeps the log bounded: rows older than a day and beyond the newest N go', async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 25 * 3600_000);
    const busy = { expired: 0, waiting: 1, drivers: 0, planned: 0, offers: 0, held: 1 };
    const isOld = (r: { startedAt: Date }) => r.startedAt.getTime() === old.getTime();
    await recordRound(services.db, { startedAt: old, durationMs: 5, result: busy });
    expect((await rounds()).some(isOld)).toBe(true);
    // Writing a row prunes by its clock: the day-old row goes.
    for (let i = 0; i < 3; i += 1) {
      await recordRound(services.db, { startedAt: now, durationMs: 5, result: busy });
    }
    expect((await rounds()).some(isOld)).toBe(false);
    await pruneRoundLog(services.db, now, { maxRows: 2 });
    expect(await rounds()).toHaveLength(2);
  });

  it('is for admins only', async () => {
    for (const role of ['customer', 'chef', 'driver'] as const) {
      const actor = (await createUser(services, { role })).actor;
      const error = await callerFor(services, actor)
        .admin.operations()
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('FORBIDDEN');
    }
  });
});
