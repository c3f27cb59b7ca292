/**
 * Live streams: a driver's own shift (`drivers.onShift`) and the assigned driver's position
 * on an order (`tracking.onDriverLocation`). Both subscribe to the bus before they read the
 * database, so nothing slips between; a bus message is a wake-up or the newest position.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { driverAssignments, drivers, orders, type Database } from '@homechef/db';
import type { TrackedPosition } from '@homechef/geo';
import { subscribeIterable, type Unsubscribe } from '@homechef/realtime';
import type { DriverLocationEvent, OrderStatus, ShiftState } from '@homechef/validators';
import { TRACKED_ORDER_STATUSES } from '@homechef/validators/constants';
import type { Services } from '../../context.ts';
import { orderTopic } from '../orders/index.ts';
import { loadShiftState } from './shift.ts';
import { driverLocationTopic, driverShiftTopic } from './topics.ts';
import { pause, WakeUp } from './wake.ts';

/** The driver's shift now, then again after every change. */
export async function* shiftStream(
  services: Pick<Services, 'db' | 'bus'>,
  driverId: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<ShiftState> {
  const changes = await subscribeIterable(services.bus, driverShiftTopic(driverId), signal);
  try {
    let last = '';
    for (let first = true; ; first = false) {
      if (!first) {
        const next = await changes.next();
        if (next.done) return;
      }
      const state = await loadShiftState(services, driverId);
      const key = JSON.stringify(state);
      if (key !== last) {
        last = key;
        yield state;
      }
    }
  } finally {
    await changes.close();
  }
}

const TRACKED: readonly OrderStatus[] = TRACKED_ORDER_STATUSES;
const ENDED: readonly OrderStatus[] = ['delivered', 'cancelled', 'refunded', 'rejected'];

/** The order's status and, while it is tracked, its assigned driver. */
async function trackedDriver(db: Database, orderId: string) {
  const [row] = await db
    .select({
      status: orders.status,
      driverId: driverAssignments.driverId,
      vehicleType: drivers.vehicleType,
    })
    .from(orders)
    .leftJoin(
      driverAssignments,
      and(eq(driverAssignments.orderId, orders.id), isNull(driverAssignments.cancelledAt)),
    )
    .leftJoin(drivers, eq(drivers.id, driverAssignments.driverId))
    .where(eq(orders.id, orderId));
  return row;
}

/** The position in the geo index, or the one the database kept (after a restart). */
async function lastKnownPosition(
  services: Pick<Services, 'db' | 'geoIndex'>,
  driverId: string,
): Promise<TrackedPosition | null> {
  const live = await services.geoIndex.get(driverId);
  if (live) return live;
  const [row] = await services.db
    .select({ lat: drivers.lastLat, lng: drivers.lastLng, at: drivers.lastSeenAt })
    .from(drivers)
    .where(eq(drivers.id, driverId));
  if (row?.lat == null || row.lng == null || !row.at) return null;
  return {
    id: driverId,
    lat: row.lat,
    lng: row.lng,
    accuracyM: null,
    heading: null,
    speedMps: null,
    at: row.at,
  };
}

export interface LocationStreamOptions {
  /** At most one update per this many ms to one subscriber; the newest position wins. */
  minIntervalMs?: number;
}

/**
 * The assigned driver's position on an order, from assignment until delivery: the last known
 * position first, then each new one, at most one a second (newer positions replace one still
 * waiting). It follows a reassignment to another driver and ends when the order is delivered
 * or cancelled. The caller has checked that the actor takes part in the order.
 */
export async function* driverLocationStream(
  services: Pick<Services, 'db' | 'bus' | 'geoIndex'>,
  orderId: string,
  signal: AbortSignal | undefined,
  { minIntervalMs = 1000 }: LocationStreamOptions = {},
): AsyncGenerator<DriverLocationEvent> {
  const wake = new WakeUp();
  let orderChanged = true;
  const offOrder = await services.bus.subscribe(orderTopic(orderId), () => {
    orderChanged = true;
    wake.set();
  });
  let driver = null as { id: string; vehicleType: DriverLocationEvent['vehicleType'] } | null;
  let offDriver: Unsubscribe | null = null;
  // Written by the bus handler, read by the loop.
  const live: { latest: TrackedPosition | null } = { latest: null };
  let sentAt = -Infinity;
  let sentFixAt = -Infinity;
  try {
    while (!signal?.aborted) {
      if (orderChanged) {
        orderChanged = false;
        const row = await trackedDriver(services.db, orderId);
        if (!row || ENDED.includes(row.status)) return;
        const next =
          TRACKED.includes(row.status) && row.driverId && row.vehicleType
            ? { id: row.driverId, vehicleType: row.vehicleType }
            : null;
        if (next?.id !== driver?.id) {
          await offDriver?.();
          offDriver = null;
          live.latest = null;
          sentFixAt = -Infinity;
          driver = next;
          if (next) {
            offDriver = await services.bus.subscribe<TrackedPosition>(
              driverLocationTopic(next.id),
              (position) => {
                if (!live.latest || position.at >= live.latest.at) live.latest = position;
                wake.set();
              },
            );
            const known = await lastKnownPosition(services, next.id);
            // The handler may have set a newer one meanwhile (TypeScript cannot see it).
            const heard = live.latest as TrackedPosition | null;
            if (known && (!heard || known.at > heard.at)) live.latest = known;
          }
        } else if (next) driver = next;
      }
      const position = live.latest;
      if (driver && position && position.at.getTime() > sentFixAt) {
        const wait = sentAt + minIntervalMs - Date.now();
        if (wait > 0) {
          await pause(wait, signal);
          continue;
        }
        sentAt = Date.now();
        sentFixAt = position.at.getTime();
        yield {
          lat: position.lat,
          lng: position.lng,
          accuracyM: position.accuracyM,
          heading: position.heading,
          speedMps: position.speedMps,
          at: position.at,
          vehicleType: driver.vehicleType,
        };
        continue;
      }
      await wake.wait(signal);
    }
  } finally {
    await offOrder();
    await offDriver?.();
  }
}
