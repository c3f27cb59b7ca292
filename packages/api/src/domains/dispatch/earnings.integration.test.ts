/**
 * A driver's earnings per shift: every shift is recorded (going online opens it, going offline
 * or the sweep of silent drivers closes it), and a delivery counts in the shift it was made in.
 */
import { eq } from 'drizzle-orm';
import { drivers, driverShifts } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Services } from '../../context.ts';
import { deliverNewOrder, payableDriver, startPayoutEnv } from '../../../test/dispatch.ts';
import { callerFor } from '../../../test/fixtures.ts';
import { OAKLAND } from '../../../test/kitchens.ts';
import { createPayableKitchen, orderRow, type OrdersEnv } from '../../../test/orders.ts';
import { sweepSilentDrivers } from '../shifts/index.ts';

let o: OrdersEnv;
let services: Services;
let admin: Actor;
beforeAll(async () => {
  ({ o, services, admin } = await startPayoutEnv());
});
afterAll(async () => {
  await o?.close();
});

async function shiftsOf(driverId: string) {
  return services.db
    .select()
    .from(driverShifts)
    .where(eq(driverShifts.driverId, driverId))
    .orderBy(driverShifts.startedAt);
}

describe('earnings per shift', () => {
  it('records each shift and counts each delivery in the shift it was made in', async () => {
    const menu = await createPayableKitchen(o);
    const driver = await payableDriver(o);
    const shift = callerFor(services, driver.actor).drivers;
    const pay = async (orderId: string) => {
      const order = await orderRow(o, orderId);
      return order.deliveryFeeCents + order.tipCents;
    };

    // Shift 1: two deliveries, then the driver goes offline.
    await shift.goOnline({ lat: OAKLAND.lat, lng: OAKLAND.lng });
    expect(await shift.goOnline({})).toMatchObject({ status: 'online' });
    const first = await deliverNewOrder(o, admin, menu, driver);
    const second = await deliverNewOrder(o, admin, menu, driver, { tipCents: 0 });
    await shift.goOffline({});
    // Shift 2: one delivery, then the driver falls silent and the sweep ends it.
    await shift.goOnline({});
    const third = await deliverNewOrder(o, admin, menu, driver, { tipCents: 150 });
    const silentSince = new Date(Date.now() - 10 * 60_000);
    await services.db
      .update(drivers)
      .set({ lastSeenAt: silentSince, shiftChangedAt: silentSince })
      .where(eq(drivers.id, driver.id));
    const sweptAt = new Date();
    expect((await sweepSilentDrivers(services, sweptAt)).takenOffline).toContain(driver.id);
    // A delivery given to them while off shift counts in no shift.
    const offShift = await deliverNewOrder(o, admin, menu, driver);
    // Shift 3: on now, nothing delivered yet.
    const rows = await shiftsOf(driver.id);
    expect(rows.map((r) => r.endedReason)).toEqual(['went_offline', 'no_pings']);
    expect(rows[1]!.endedAt).toEqual(sweptAt);
    await shift.goOnline({});
    // One open shift per driver, whatever writes.
    await expect(
      services.db.insert(driverShifts).values({ driverId: driver.id, startedAt: new Date() }),
    ).rejects.toThrow();

    const earnings = await shift.earnings({ days: 7 });
    expect(earnings.shifts.map((s) => [s.deliveries, s.endedReason])).toEqual([
      [0, null],
      [1, 'no_pings'],
      [2, 'went_offline'],
    ]);
    const [now, swept, wentOffline] = earnings.shifts;
    expect(now!.endedAt).toBeNull();
    expect(swept).toMatchObject({
      startedAt: rows[1]!.startedAt,
      endedAt: sweptAt,
      totalCents: await pay(third),
      tipCents: 150,
    });
    expect(wentOffline).toMatchObject({
      startedAt: rows[0]!.startedAt,
      endedAt: rows[0]!.endedAt,
      totalCents: (await pay(first)) + (await pay(second)),
      reversedCents: 0,
    });
    // The period's total counts the off-shift delivery too.
    expect(earnings.total.deliveries).toBe(4);
    expect(earnings.total.totalCents).toBe(
      (await pay(first)) + (await pay(second)) + (await pay(third)) + (await pay(offShift)),
    );
    // A shift that ended before the period is left out; another driver sees none of these.
    const longAgo = Date.now() - 20 * 86_400_000;
    await services.db.insert(driverShifts).values({
      driverId: driver.id,
      startedAt: new Date(longAgo),
      endedAt: new Date(longAgo + 3_600_000),
      endedReason: 'went_offline',
    });
    expect((await shift.earnings({ days: 7 })).shifts).toHaveLength(3);
    expect((await shift.earnings({ days: 28 })).shifts).toHaveLength(4);
    const stranger = await payableDriver(o);
    expect((await callerFor(services, stranger.actor).drivers.earnings({})).shifts).toEqual([]);

    await shift.goOffline({});
    expect((await shiftsOf(driver.id)).every((r) => r.endedAt !== null)).toBe(true);
  });
});
