/**
 * The admin operations snapshot: who is on shift and where (positions from the geo index, the
 * live copy dispatch uses), the orders waiting for a driver, the offers out, and the last
 * rounds from the round log. Every list is bounded; `total` and `truncated` say what was left.
 */
import { sql } from 'drizzle-orm';
import { chefs, deliveryOffers, drivers, orders, users, type VehicleType } from '@homechef/db';
import {
  OPERATIONS_LIMITS,
  orderShortCode,
  type DriverActivity,
  type OperationsOutput,
} from '@homechef/validators';
import type { OrderStatus } from '@homechef/validators';
import type { Services } from '../../context.ts';
import { rowsOf } from '../../shared/sql.ts';
import { roundLog } from './round-log.ts';
import { inDispatchPool, readyAtSql } from './round.ts';
import { DEFAULT_DISPATCH_SETTINGS } from './settings.ts';

const ROUNDS_WINDOW_MINUTES = 60;

type Stamp = Date | string;
const toDate = (value: Stamp) => (value instanceof Date ? value : new Date(value));
/** About 100 m: enough to see where an order goes, not which door. */
const toArea = (value: number) => Math.round(value * 1000) / 1000;

const bounded = <T>(items: T[], total: number) => ({
  items,
  total,
  truncated: total > items.length,
});

async function driversOnShift(services: Pick<Services, 'db' | 'geoIndex'>, now: Date) {
  const rows = rowsOf<{
    id: string;
    name: string;
    vehicle_type: VehicleType;
    vehicle_plate: string | null;
    status: 'online' | 'busy';
    last_lat: number | null;
    last_lng: number | null;
    last_seen_at: Stamp | null;
    offered: boolean;
    total: number;
  }>(
    await services.db.execute(sql`
      select d.id, u.name, d.vehicle_type, d.vehicle_plate, d.status,
        d.last_lat, d.last_lng, d.last_seen_at,
        exists (select 1 from ${deliveryOffers} f
                where f.driver_id = d.id and f.status = 'pending') as offered,
        count(*) over ()::int as total
      from ${drivers} d join ${users} u on u.id = d.user_id
      where d.status in ('online', 'busy')
      order by d.shift_changed_at nulls last, d.id
      limit ${OPERATIONS_LIMITS.drivers}`),
  );
  const live = await Promise.all(rows.map((r) => services.geoIndex.get(r.id)));
  const freshSince = now.getTime() - DEFAULT_DISPATCH_SETTINGS.freshSeconds * 1000;
  const items = rows.map((r, i) => {
    const position = live[i];
    const lastPingAt = position?.at ?? (r.last_seen_at === null ? null : toDate(r.last_seen_at));
    const activity: DriverActivity = r.status === 'busy' ? 'busy' : r.offered ? 'offered' : 'idle';
    return {
      id: r.id,
      name: r.name,
      vehicleType: r.vehicle_type,
      vehiclePlate: r.vehicle_plate,
      activity,
      position: position
        ? { lat: position.lat, lng: position.lng }
        : r.last_lat !== null && r.last_lng !== null
          ? { lat: r.last_lat, lng: r.last_lng }
          : null,
      lastPingAt,
      fresh: lastPingAt !== null && lastPingAt.getTime() >= freshSince,
    };
  });
  return bounded(items, rows[0]?.total ?? 0);
}

async function ordersWaiting(services: Pick<Services, 'db'>, now: Date) {
  const dueBy = new Date(now.getTime() + DEFAULT_DISPATCH_SETTINGS.readyLeadSeconds * 1000);
  const rows = rowsOf<{
    id: string;
    status: OrderStatus;
    chef_id: string;
    kitchen_name: string;
    kitchen_lat: number;
    kitchen_lng: number;
    delivery_lat: number;
    delivery_lng: number;
    placed_at: Stamp;
    ready_at: Stamp;
    pending_offers: number;
    total: number;
  }>(
    await services.db.execute(sql`
      select o.id, o.status, o.chef_id, c.business_name as kitchen_name,
        c.lat as kitchen_lat, c.lng as kitchen_lng, o.delivery_lat, o.delivery_lng,
        o.placed_at, ${readyAtSql} as ready_at,
        (select count(*) from ${deliveryOffers} f
         where f.order_id = o.id and f.status = 'pending')::int as pending_offers,
        count(*) over ()::int as total
      from ${orders} o join ${chefs} c on c.id = o.chef_id
      where ${inDispatchPool(dueBy)}
      order by ready_at, o.id
      limit ${OPERATIONS_LIMITS.orders}`),
  );
  const items = rows.map((r) => {
    const readyAt = toDate(r.ready_at);
    return {
      id: r.id,
      shortCode: orderShortCode(r.id),
      status: r.status,
      kitchen: { id: r.chef_id, name: r.kitchen_name, lat: r.kitchen_lat, lng: r.kitchen_lng },
      dropoffArea: { lat: toArea(r.delivery_lat), lng: toArea(r.delivery_lng) },
      placedAt: toDate(r.placed_at),
      readyAt,
      waitingSeconds: Math.max(0, Math.floor((now.getTime() - readyAt.getTime()) / 1000)),
      pendingOffers: r.pending_offers,
    };
  });
  return bounded(items, rows[0]?.total ?? 0);
}

async function pendingOffers(services: Pick<Services, 'db'>) {
  const rows = rowsOf<{
    id: string;
    order_id: string;
    kitchen_name: string;
    driver_id: string;
    driver_name: string;
    round: number;
    created_at: Stamp;
    expires_at: Stamp;
    total: number;
  }>(
    await services.db.execute(sql`
      select f.id, f.order_id, c.business_name as kitchen_name, f.driver_id,
        u.name as driver_name, f.round, f.created_at, f.expires_at,
        count(*) over ()::int as total
      from ${deliveryOffers} f
        join ${orders} o on o.id = f.order_id
        join ${chefs} c on c.id = o.chef_id
        join ${drivers} d on d.id = f.driver_id
        join ${users} u on u.id = d.user_id
      where f.status = 'pending'
      order by f.expires_at, f.id
      limit ${OPERATIONS_LIMITS.offers}`),
  );
  const items = rows.map((r) => ({
    id: r.id,
    orderId: r.order_id,
    shortCode: orderShortCode(r.order_id),
    kitchenName: r.kitchen_name,
    driverId: r.driver_id,
    driverName: r.driver_name,
    round: r.round,
    createdAt: toDate(r.created_at),
    expiresAt: toDate(r.expires_at),
  }));
  return bounded(items, rows[0]?.total ?? 0);
}

export async function operationsSnapshot(
  services: Pick<Services, 'db' | 'geoIndex'>,
  now = new Date(),
): Promise<OperationsOutput> {
  const [onShift, waitingOrders, offers, rounds] = await Promise.all([
    driversOnShift(services, now),
    ordersWaiting(services, now),
    pendingOffers(services),
    roundLog(services, now, {
      limit: OPERATIONS_LIMITS.rounds,
      windowMs: ROUNDS_WINDOW_MINUTES * 60_000,
    }),
  ]);
  return {
    at: now,
    drivers: onShift,
    waitingOrders,
    offers,
    rounds: {
      recent: rounds.recent,
      summary: { windowMinutes: ROUNDS_WINDOW_MINUTES, ...rounds.summary },
    },
  };
}
