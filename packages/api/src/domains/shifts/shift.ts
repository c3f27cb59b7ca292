/**
 * A driver's shift: going online (only when the rule allows), going offline, and the sweep
 * that takes a silent driver offline. Each change is one conditional update with its outbox
 * event (a wake-up for `drivers.onShift`) and its `driver_shifts` row (opened or closed) in
 * one transaction, so the history of shifts follows the driver's status exactly.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { drivers, driverShifts, type Database, type Driver } from '@homechef/db';
import type { ShiftState } from '@homechef/validators';
import type { Services } from '../../context.ts';
import { writeOutbox, type OutboxEvent } from '../../shared/outbox.ts';
import { PING_RULES } from './ping.ts';
import { forgetPingDrivers, PING_CACHE_MS } from './procedure.ts';
import { goOnlineProblem, isOnShift } from './rule.ts';
import {
  driverLocationTopic,
  driverShiftTopic,
  SHIFT_CHANGES_TOPIC,
  type ShiftChange,
} from './topics.ts';

/** The outbox events of shift changes: the driver's stream and every instance's ping cache. */
function shiftEvents(rows: readonly Pick<Driver, 'id' | 'userId'>[]): OutboxEvent[] {
  return rows.flatMap((r) => [
    { topic: driverShiftTopic(r.id), payload: {} },
    { topic: SHIFT_CHANGES_TOPIC, payload: { userId: r.userId } satisfies ShiftChange },
  ]);
}

/**
 * Takes drivers whose shift ended out of the geo index, now and once more after another
 * instance's ping cache has expired (a ping it let through meanwhile put them back).
 */
async function leaveIndex(services: Pick<Services, 'geoIndex'>, ids: readonly string[]) {
  const remove = () => Promise.all(ids.map((id) => services.geoIndex.remove(id)));
  await remove();
  setTimeout(() => void remove().catch(() => {}), PING_CACHE_MS + 500).unref();
}

/** Closes the open shift of each driver (the one without an end), in the caller's transaction. */
async function closeShifts(
  tx: Database,
  driverIds: readonly string[],
  at: Date,
  reason: NonNullable<Driver['shiftEndedReason']>,
): Promise<void> {
  if (driverIds.length === 0) return;
  await tx
    .update(driverShifts)
    .set({
      endedAt: sql`greatest(${driverShifts.startedAt}, ${at.toISOString()}::timestamptz)`,
      endedReason: reason,
    })
    .where(and(inArray(driverShifts.driverId, [...driverIds]), isNull(driverShifts.endedAt)));
}

/** A driver on shift whose pings stop for this long is taken offline. */
export const SILENT_DRIVER_SECONDS = 120;

export function shiftStateOf(
  driver: Pick<
    Driver,
    | 'status'
    | 'shiftEndedReason'
    | 'shiftChangedAt'
    | 'verificationStatus'
    | 'rejectionReason'
    | 'stripePayoutsEnabled'
  >,
): ShiftState {
  return {
    status: driver.status,
    endedReason: isOnShift(driver) ? null : driver.shiftEndedReason,
    since: driver.shiftChangedAt,
    goOnlineProblem: goOnlineProblem(driver),
  };
}

export async function loadShiftState(services: Pick<Services, 'db'>, driverId: string) {
  const [driver] = await services.db.select().from(drivers).where(eq(drivers.id, driverId));
  if (!driver) throw new TRPCError({ code: 'NOT_FOUND', message: 'Driver not found' });
  return shiftStateOf(driver);
}

export async function goOnline(
  services: Pick<Services, 'db' | 'bus' | 'outbox' | 'geoIndex'>,
  driver: Driver,
  input: { lat?: number | undefined; lng?: number | undefined },
): Promise<ShiftState> {
  const problem = goOnlineProblem(driver);
  if (problem) throw new TRPCError({ code: 'PRECONDITION_FAILED', message: problem });
  if (isOnShift(driver)) return shiftStateOf(driver);
  const now = new Date();
  const at =
    input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null;
  const updated = await services.db.transaction(async (tx) => {
    const [row] = await tx
      .update(drivers)
      .set({
        status: 'online',
        shiftChangedAt: now,
        shiftEndedReason: null,
        ...(at ? { lastLat: at.lat, lastLng: at.lng, lastSeenAt: now } : {}),
        updatedAt: now,
      })
      // The rule is checked again on the row as it is now, not as the request loaded it.
      .where(
        and(
          eq(drivers.id, driver.id),
          eq(drivers.status, 'offline'),
          eq(drivers.verificationStatus, 'approved'),
          eq(drivers.stripePayoutsEnabled, true),
        ),
      )
      .returning();
    if (row) {
      // A shift left open (it cannot be, but history must not hold two) ends where this starts.
      await closeShifts(tx, [row.id], now, 'went_offline');
      await tx.insert(driverShifts).values({ driverId: row.id, startedAt: now });
      await writeOutbox(tx, shiftEvents([row]));
    }
    return row;
  });
  forgetPingDrivers(services.bus, [driver.userId]);
  if (!updated) return loadShiftState(services, driver.id);
  services.outbox.kick();
  if (at) {
    const position = {
      id: driver.id,
      lat: at.lat,
      lng: at.lng,
      accuracyM: null,
      heading: null,
      speedMps: null,
      // Not a device fix: dated back by the clock skew a device may have, so the first ping
      // after it is never taken for an older one.
      at: new Date(now.getTime() - PING_RULES.futureSkewMs),
    };
    await services.geoIndex.upsert(position);
    await services.bus.publish(driverLocationTopic(driver.id), position);
  }
  return shiftStateOf(updated);
}

export async function goOffline(
  services: Pick<Services, 'db' | 'bus' | 'outbox' | 'geoIndex'>,
  driver: Driver,
): Promise<ShiftState> {
  if (driver.status === 'busy') {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'You are on a delivery: finish it before you go offline',
    });
  }
  if (driver.status !== 'online') return shiftStateOf(driver);
  const now = new Date();
  const updated = await services.db.transaction(async (tx) => {
    const [row] = await tx
      .update(drivers)
      .set({
        status: 'offline',
        shiftChangedAt: now,
        shiftEndedReason: 'went_offline',
        updatedAt: now,
      })
      .where(and(eq(drivers.id, driver.id), eq(drivers.status, 'online')))
      .returning();
    if (row) {
      await closeShifts(tx, [row.id], now, 'went_offline');
      await writeOutbox(tx, shiftEvents([row]));
    }
    return row;
  });
  forgetPingDrivers(services.bus, [driver.userId]);
  if (!updated) return loadShiftState(services, driver.id);
  services.outbox.kick();
  await leaveIndex(services, [driver.id]);
  return shiftStateOf(updated);
}

/**
 * Takes offline every free driver not heard from (no ping, or no shift change) for
 * SILENT_DRIVER_SECONDS, and tells them through their shift stream. A driver carrying an
 * order (`busy`) stays on shift: dispatch decides what happens to the delivery.
 */
export async function sweepSilentDrivers(
  services: Pick<Services, 'db' | 'bus' | 'outbox' | 'geoIndex' | 'trail'>,
  now = new Date(),
): Promise<{ takenOffline: string[] }> {
  // Pings still in the buffer count as heard from.
  await services.trail.flush();
  const cutoff = new Date(now.getTime() - SILENT_DRIVER_SECONDS * 1000);
  const rows = await services.db.transaction(async (tx) => {
    const rows = await tx
      .update(drivers)
      .set({ status: 'offline', shiftChangedAt: now, shiftEndedReason: 'no_pings', updatedAt: now })
      .where(
        and(
          inArray(drivers.status, ['online']),
          sql`greatest(coalesce(${drivers.lastSeenAt}, '-infinity'), coalesce(${drivers.shiftChangedAt}, '-infinity')) < ${cutoff.toISOString()}::timestamptz`,
        ),
      )
      .returning({ id: drivers.id, userId: drivers.userId });
    await closeShifts(
      tx,
      rows.map((r) => r.id),
      now,
      'no_pings',
    );
    await writeOutbox(tx, shiftEvents(rows));
    return rows;
  });
  forgetPingDrivers(
    services.bus,
    rows.map((r) => r.userId),
  );
  if (rows.length > 0) {
    services.outbox.kick();
    await leaveIndex(
      services,
      rows.map((r) => r.id),
    );
  }
  return { takenOffline: rows.map((r) => r.id) };
}
