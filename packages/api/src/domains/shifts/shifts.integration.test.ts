import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { driverLocations, drivers, orders, type NewDriver } from '@homechef/db';
import { destinationPoint } from '@homechef/geo';
import { RedisBus } from '@homechef/realtime';
import { TEST_REDIS_URL, testServices } from '@homechef/realtime/testing';
import type { DriverLocationEvent, ShiftState } from '@homechef/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../context.ts';
import { callerFor, createTestEnv, createUser, type TestEnv } from '../../../test/fixtures.ts';
import { OAKLAND } from '../../../test/kitchens.ts';
import { assignedOrder, createDriver, type TestDriver } from '../../../test/dispatch.ts';
import { writeOutbox } from '../../shared/outbox.ts';
import { orderTopic } from '../orders/index.ts';
import { acceptPing } from './ping.ts';
import { sweepSilentDrivers } from './shift.ts';
import { driverLocationStream } from './stream.ts';
import { SHIFT_CHANGES_TOPIC } from './topics.ts';
import { createTrailWriter } from './trail.ts';

let env: TestEnv;
let services: Services;
beforeAll(async () => {
  env = await createTestEnv();
  services = env.services;
});
afterAll(() => env.close());

/** A point `metres` east of the kitchens, to the 1e-7 degrees that inputs keep. */
function near(metres: number, bearing = 90) {
  const p = destinationPoint(OAKLAND.lat, OAKLAND.lng, bearing, metres);
  return { lat: Math.round(p.lat * 1e7) / 1e7, lng: Math.round(p.lng * 1e7) / 1e7 };
}

/** A driver off shift who may go online: approved, with a Stripe account taking payouts. */
const offShiftDriver = (values: Partial<NewDriver> = {}) =>
  createDriver(services, {
    status: 'offline',
    vehicleType: 'scooter',
    stripeAccountId: `acct_driver_${Math.random().toString(36).slice(2, 10)}`,
    stripePayoutsEnabled: true,
    ...values,
  });

async function onlineDriver(values: Partial<NewDriver> = {}) {
  const driver = await offShiftDriver(values);
  await callerFor(services, driver.actor).drivers.goOnline({ ...near(0) });
  return driver;
}

const ping = (
  driver: TestDriver,
  input: Parameters<ReturnType<typeof callerFor>['drivers']['ping']>[0],
) => callerFor(services, driver.actor).drivers.ping(input);

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** Reads a stream into `into` until aborted. */
function drain<T>(stream: AsyncGenerator<T>, into: T[]): Promise<void> {
  return (async () => {
    for await (const item of stream) into.push(item);
  })();
}

async function until(predicate: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('going online', () => {
  it('only an approved driver with Stripe payouts may go online, with the reason otherwise', async () => {
    const draft = await offShiftDriver({ verificationStatus: 'submitted' });
    const noPayouts = await offShiftDriver({ stripeAccountId: null, stripePayoutsEnabled: false });
    const approved = await offShiftDriver();

    const refused = await errorOf(callerFor(services, draft.actor).drivers.goOnline({}));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toMatch(/not approved yet/);
    const noBank = await errorOf(callerFor(services, noPayouts.actor).drivers.goOnline({}));
    expect(noBank.code).toBe('PRECONDITION_FAILED');
    expect(noBank.message).toMatch(/Payouts are not enabled yet/);
    await expect(callerFor(services, draft.actor).drivers.shift()).resolves.toMatchObject({
      status: 'offline',
      goOnlineProblem: expect.stringMatching(/not approved/) as unknown,
    });

    const state = await callerFor(services, approved.actor).drivers.goOnline(near(100));
    expect(state).toMatchObject({ status: 'online', endedReason: null, goOnlineProblem: null });
    expect(await services.geoIndex.get(approved.id)).toMatchObject(near(100));
    // Going online again changes nothing.
    await expect(callerFor(services, approved.actor).drivers.goOnline({})).resolves.toMatchObject({
      status: 'online',
    });

    const off = await callerFor(services, approved.actor).drivers.goOffline({});
    expect(off).toMatchObject({ status: 'offline', endedReason: 'went_offline' });
    expect(await services.geoIndex.get(approved.id)).toBeNull();
    const [row] = await services.db.select().from(drivers).where(eq(drivers.id, draft.id));
    expect(row?.status).toBe('offline');
  });

  it('a driver without a profile is told to complete it', async () => {
    const user = await createUser(services, { role: 'driver' });
    const error = await errorOf(callerFor(services, user.actor).drivers.goOnline({}));
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toMatch(/no driver profile/);
  });
});

describe('pings', () => {
  it('are refused while offline', async () => {
    const driver = await offShiftDriver();
    const error = await errorOf(ping(driver, { ...near(0), at: new Date() }));
    expect(error.code).toBe('PRECONDITION_FAILED');
  });

  it('drops implausible pings, each with its reason, and keeps the last good position', async () => {
    const driver = await onlineDriver();
    const t0 = Date.now();
    const good = { ...near(50), accuracyM: 10, heading: 90, speedMps: 5, at: new Date(t0) };
    expect(await ping(driver, good)).toEqual({ accepted: true });

    // 1 km in 5 s is 720 km/h.
    expect(await ping(driver, { ...near(1050), accuracyM: 10, at: new Date(t0 + 5000) })).toEqual({
      accepted: false,
      reason: 'too_fast',
    });
    expect(await ping(driver, { ...near(60), accuracyM: 500, at: new Date(t0 + 5000) })).toEqual({
      accepted: false,
      reason: 'inaccurate',
    });
    expect(await ping(driver, { ...near(60), at: new Date(t0 + 5 * 60_000) })).toEqual({
      accepted: false,
      reason: 'in_future',
    });
    expect(await ping(driver, { ...near(60), at: new Date(t0 - 5 * 60_000) })).toEqual({
      accepted: false,
      reason: 'too_old',
    });
    expect(await ping(driver, { ...near(60), at: new Date(t0 - 1000) })).toEqual({
      accepted: false,
      reason: 'out_of_order',
    });
    expect(await services.geoIndex.get(driver.id)).toMatchObject({
      ...near(50),
      at: new Date(t0),
    });

    // 300 m in 20 s (54 km/h) is fine.
    expect(await ping(driver, { ...near(350), accuracyM: 10, at: new Date(t0 + 20_000) })).toEqual({
      accepted: true,
    });
    expect(await services.geoIndex.get(driver.id)).toMatchObject(near(350));
  });

  it('writes the trail in batches, with the order the driver carries, and the latest position', async () => {
    const driver = await onlineDriver();
    const { orderId } = await assignedOrder(services, driver.id, 'picked_up');
    const trail = createTrailWriter(services.db, { maxItems: 3, intervalMs: 60_000 });
    const batched = { ...services, trail };
    const rows = () =>
      services.db.select().from(driverLocations).where(eq(driverLocations.driverId, driver.id));
    const t0 = Date.now();
    const fix = (i: number) => ({ ...near(100 + i * 20), at: new Date(t0 + i * 2000) });
    const me = { id: driver.id, status: 'online' as const };
    await acceptPing(batched, me, fix(0));
    await acceptPing(batched, me, fix(1));
    expect(await rows()).toHaveLength(0);
    expect(trail.pending).toBe(2);
    await acceptPing(batched, me, fix(2));
    await trail.flush();
    const written = await rows();
    expect(written).toHaveLength(3);
    expect(written.every((r) => r.orderId === orderId)).toBe(true);
    const [row] = await services.db.select().from(drivers).where(eq(drivers.id, driver.id));
    expect(row?.lastLat).toBeCloseTo(fix(2).lat, 9);
    expect(row?.lastLng).toBeCloseTo(fix(2).lng, 9);
    expect(row?.lastSeenAt?.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    await trail.close();
  });

  it('the ping cache forgets a driver whose shift changed on another instance', async () => {
    const driver = await onlineDriver();
    expect(await ping(driver, { ...near(10), at: new Date() })).toEqual({ accepted: true });
    // Another instance's sweep: the row and its outbox event, nothing forgotten here.
    await services.db.transaction(async (tx) => {
      await tx
        .update(drivers)
        .set({ status: 'offline', shiftEndedReason: 'no_pings', shiftChangedAt: new Date() })
        .where(eq(drivers.id, driver.id));
      await writeOutbox(tx, [
        { topic: SHIFT_CHANGES_TOPIC, payload: { userId: driver.actor.userId } },
      ]);
    });
    services.outbox.kick();
    const deadline = Date.now() + 3000;
    let outcome: unknown;
    do {
      await new Promise((r) => setTimeout(r, 50));
      outcome = await ping(driver, { ...near(10), at: new Date() }).catch((e: unknown) => e);
    } while (!(outcome instanceof TRPCError) && Date.now() < deadline);
    expect(outcome).toMatchObject({ code: 'PRECONDITION_FAILED' });
  });
});

describe('silent drivers', () => {
  it('are taken offline after 2 minutes without pings, and told so on their shift stream', async () => {
    const silent = await onlineDriver();
    const talking = await onlineDriver();
    const states: ShiftState[] = [];
    const stream = await callerFor(services, silent.actor).drivers.onShift();
    const reading = (async () => {
      for await (const state of stream) {
        states.push(state);
        if (state.status === 'offline') break;
      }
    })();
    await until(() => states.length === 1);
    expect(states[0]).toMatchObject({ status: 'online', endedReason: null });

    // A minute later nobody is silent long enough.
    const inAMinute = new Date(Date.now() + 60_000);
    expect((await sweepSilentDrivers(services, inAMinute)).takenOffline).not.toContain(silent.id);

    await acceptPing(
      services,
      { id: talking.id, status: 'online' },
      { ...near(10), at: new Date() },
    );
    const later = new Date(Date.now() + 121_000);
    // The talking driver's ping counts as heard from at its arrival; pretend it came later.
    await services.db
      .update(drivers)
      .set({ lastSeenAt: new Date(later.getTime() - 5_000) })
      .where(eq(drivers.id, talking.id));
    const { takenOffline } = await sweepSilentDrivers(services, later);
    expect(takenOffline).toContain(silent.id);
    expect(takenOffline).not.toContain(talking.id);

    await reading;
    expect(states.at(-1)).toMatchObject({ status: 'offline', endedReason: 'no_pings' });
    expect(await services.geoIndex.get(silent.id)).toBeNull();
    const error = await errorOf(ping(silent, { ...near(10), at: new Date() }));
    expect(error.code).toBe('PRECONDITION_FAILED');
  });
});

describe('tracking.onDriverLocation', () => {
  it('refuses a stranger, another driver and another customer with NOT_FOUND', async () => {
    const driver = await onlineDriver();
    const { orderId } = await assignedOrder(services, driver.id);
    const strangers = [
      (await createUser(services, { role: 'customer' })).actor,
      (await offShiftDriver()).actor,
      (await createUser(services, { role: 'chef' })).actor,
    ];
    for (const stranger of strangers) {
      const error = await errorOf(
        callerFor(services, stranger).tracking.onDriverLocation({ orderId }),
      );
      expect(error.code).toBe('NOT_FOUND');
    }
  });

  it('starts with the last known position for the customer, the chef, the driver and an admin', async () => {
    const driver = await onlineDriver({ vehicleType: 'bicycle' });
    const order = await assignedOrder(services, driver.id, 'in_transit');
    const at = new Date();
    await ping(driver, { ...near(400), heading: 180, accuracyM: 12, at });
    const admin = (await createUser(services, { role: 'admin' })).actor;
    for (const who of [order.customer, order.chef, driver.actor, admin]) {
      const stream = await callerFor(services, who).tracking.onDriverLocation({
        orderId: order.orderId,
      });
      const first = await stream[Symbol.asyncIterator]().next();
      expect(first.value).toEqual({
        ...near(400),
        heading: 180,
        accuracyM: 12,
        speedMps: null,
        at,
        vehicleType: 'bicycle',
      });
      await stream[Symbol.asyncIterator]().return?.(undefined);
    }
  });

  it('starts from the database position when the geo index has none (after a restart)', async () => {
    const driver = await offShiftDriver();
    const { orderId } = await assignedOrder(services, driver.id);
    const seen = new Date(Date.now() - 30_000);
    await services.db
      .update(drivers)
      .set({ lastLat: 37.81, lastLng: -122.26, lastSeenAt: seen })
      .where(eq(drivers.id, driver.id));
    const controller = new AbortController();
    const stream = driverLocationStream(services, orderId, controller.signal);
    const first = await stream.next();
    expect(first.value).toMatchObject({ lat: 37.81, lng: -122.26, at: seen });
    controller.abort();
    await stream.return(undefined);
  });

  it('sends at most one update a second, the newest position winning, and ends on delivery', async () => {
    const driver = await onlineDriver();
    const { orderId } = await assignedOrder(services, driver.id, 'in_transit');
    const t0 = Date.now();
    await ping(driver, { ...near(0), at: new Date(t0) });
    const controller = new AbortController();
    const got: (DriverLocationEvent & { receivedAt: number })[] = [];
    const stream = driverLocationStream(services, orderId, controller.signal);
    const reading = (async () => {
      for await (const event of stream) got.push({ ...event, receivedAt: Date.now() });
    })();
    await until(() => got.length === 1);
    // Twenty pings in a burst (each 10 m and 100 ms apart on the device clock).
    for (let i = 1; i <= 20; i++) {
      await ping(driver, { ...near(i * 10), at: new Date(t0 + i * 100) });
    }
    await until(() => got.length >= 2 && got.at(-1)!.at.getTime() === t0 + 2000, 3000);
    await new Promise((r) => setTimeout(r, 1200));
    // The first, then one with whatever was newest a second later, then nothing new to send.
    expect(got.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < got.length; i++) {
      expect(got[i]!.receivedAt - got[i - 1]!.receivedAt).toBeGreaterThanOrEqual(950);
    }
    expect(got.at(-1)).toMatchObject(near(200));

    await services.db.update(orders).set({ status: 'delivered' }).where(eq(orders.id, orderId));
    await services.bus.publish(orderTopic(orderId), { orderId });
    await reading;
    controller.abort();
  });

  it('waits for an assignment, then follows the driver', async () => {
    const driver = await onlineDriver();
    const order = await assignedOrder(services, driver.id, 'ready_for_pickup');
    const controller = new AbortController();
    const got: DriverLocationEvent[] = [];
    const reading = drain(driverLocationStream(services, order.orderId, controller.signal), got);
    await ping(driver, { ...near(30), at: new Date() });
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toHaveLength(0);
    await services.db
      .update(orders)
      .set({ status: 'assigned_to_driver' })
      .where(and(eq(orders.id, order.orderId)));
    await services.bus.publish(orderTopic(order.orderId), { orderId: order.orderId });
    await until(() => got.length === 1);
    expect(got[0]).toMatchObject(near(30));
    controller.abort();
    await reading;
  });

  describe.runIf(testServices() === 'real')('across server instances', () => {
    it('a ping on one instance reaches a subscriber on another through Redis', async () => {
      const prefix = `test:shifts:${Math.random()}:`;
      const [busA, busB] = await Promise.all([
        RedisBus.connect(TEST_REDIS_URL, { prefix }),
        RedisBus.connect(TEST_REDIS_URL, { prefix }),
      ]);
      try {
        const a: Services = { ...services, bus: busA };
        const b: Services = { ...services, bus: busB };
        const driver = await onlineDriver();
        const { orderId } = await assignedOrder(services, driver.id);
        const controller = new AbortController();
        const got: DriverLocationEvent[] = [];
        const stream = driverLocationStream(b, orderId, controller.signal, { minIntervalMs: 0 });
        const reading = drain(stream, got);
        await until(() => got.length === 1); // the position from going online
        const at = new Date();
        await acceptPing(a, { id: driver.id, status: 'online' }, { ...near(250), at });
        await until(() => got.length === 2);
        expect(got[1]).toMatchObject({ ...near(250), at });
        controller.abort();
        await reading;
      } finally {
        await Promise.all([busA.close(), busB.close()]);
      }
    });
  });
});
