/**
 * One dispatch round: expire the offers nobody answered, take the orders waiting for a driver
 * and the free drivers near their kitchens, plan with `planRound`, and write each planned
 * order as a pending offer (a row, so offers and their expiry survive a restart) with an event
 * on the driver's topic. Only the leader runs rounds (leader.ts).
 */
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { chefs, deliveryOffers, driverAssignments, drivers, orders } from '@homechef/db';
import { planRound, type DispatchOrder } from '@homechef/dispatch';
import type { Services } from '../../context.ts';
import { writeOutbox } from '../../shared/outbox.ts';
import { rowsOf } from '../../shared/sql.ts';
import { transitionOrder } from '../orders/index.ts';
import { sendPush } from '../push/index.ts';
import { freeDriversNear } from './candidates.ts';
import { payStalledTransfers } from './payout.ts';
import { DEFAULT_DISPATCH_SETTINGS, driverTopic, type DispatchSettings } from './settings.ts';
import {
  plannerTravelTime,
  straightLineEstimator,
  type DispatchPoint,
  type TravelEstimator,
} from './travel.ts';

export type RoundServices = Pick<Services, 'db' | 'outbox' | 'payments' | 'geoIndex' | 'push'>;

export interface RoundOptions {
  now?: Date;
  settings?: DispatchSettings;
  estimator?: TravelEstimator;
  /** Most orders taken into one round, oldest first. */
  maxOrders?: number;
}

export interface RoundResult {
  expired: number;
  waiting: number;
  drivers: number;
  /** Offers the plan made; `offers` of them were written (an order taken meanwhile is not). */
  planned: number;
  offers: number;
  held: number;
}

const SYSTEM = { role: 'system', userId: null } as const;
const toSeconds = (d: Date) => d.getTime() / 1000;

/** A Web Push notification to each driver with a new offer (never throws). */
async function pushOffers(
  services: Pick<Services, 'db' | 'push'>,
  offers: readonly { id: string; driverId: string }[],
  ttlSeconds: number,
): Promise<void> {
  try {
    const owners = await services.db
      .select({ id: drivers.id, userId: drivers.userId })
      .from(drivers)
      .where(inArray(drivers.id, [...new Set(offers.map((o) => o.driverId))]));
    const userOf = new Map(owners.map((d) => [d.id, d.userId]));
    await Promise.all(
      offers.flatMap((offer) => {
        const userId = userOf.get(offer.driverId);
        if (!userId) return [];
        return [
          sendPush(services, userId, {
            title: 'New delivery offer',
            body: `A kitchen near you has an order for you: answer within ${ttlSeconds} seconds.`,
            url: '/',
            tag: `offer-${offer.id}`,
          }),
        ];
      }),
    );
  } catch {
    // A notification is a courtesy: the offer is on the dashboard either way.
  }
}

/** Pending offers past their time become expired; their drivers hear it on their topic. */
export async function expireOffers(services: RoundServices, now: Date): Promise<number> {
  return services.db.transaction(async (tx) => {
    const expired = await tx
      .update(deliveryOffers)
      .set({ status: 'expired', respondedAt: now })
      .where(
        // Offers an accept holds right now are left to it (and to the next round): no deadlock.
        inArray(
          deliveryOffers.id,
          tx
            .select({ id: deliveryOffers.id })
            .from(deliveryOffers)
            .where(and(eq(deliveryOffers.status, 'pending'), lte(deliveryOffers.expiresAt, now)))
            .for('update', { skipLocked: true }),
        ),
      )
      .returning({ id: deliveryOffers.id, driverId: deliveryOffers.driverId });
    await writeOutbox(
      tx,
      expired.map((o) => ({
        topic: driverTopic(o.driverId),
        payload: { kind: 'offer.expired', offerId: o.id },
      })),
    );
    return expired.length;
  });
}

/**
 * An order accepted by a driver before the food was ready gets its status once it is ready:
 * `ready_for_pickup` with an active assignment becomes `assigned_to_driver`.
 */
async function promoteReadyAssigned(services: RoundServices): Promise<void> {
  const ready = await services.db
    .select({ id: orders.id, version: orders.version, driverId: driverAssignments.driverId })
    .from(orders)
    .innerJoin(
      driverAssignments,
      and(eq(driverAssignments.orderId, orders.id), sql`${driverAssignments.cancelledAt} is null`),
    )
    .where(eq(orders.status, 'ready_for_pickup'))
    .limit(200);
  for (const order of ready) {
    await services.db
      .transaction((tx) =>
        transitionOrder(tx, {
          orderId: order.id,
          from: 'ready_for_pickup',
          version: order.version,
          to: 'assigned_to_driver',
          actor: SYSTEM,
          set: { driverId: order.driverId },
        }),
      )
      .catch(() => {}); // Moved on meanwhile (the driver picked it up): nothing to do.
  }
}

interface WaitingOrder {
  id: string;
  chef_id: string;
  kitchen_lat: number;
  kitchen_lng: number;
  delivery_lat: number;
  delivery_lng: number;
  placed_at: Date | string;
  ready_at: Date | string;
}

/** When an order's food is (expected to be) ready: from then on it waits for a driver. */
export const readyAtSql = sql`case when o.status = 'ready_for_pickup' then o.status_changed_at
  else coalesce(o.estimated_ready_at, o.status_changed_at) end`;

/**
 * The orders (`o`, with their kitchen `c`) dispatch looks for a driver for: ready, or
 * accepted/preparing and due by `dueBy`, at a kitchen with a position, with no active assignment.
 */
export function inDispatchPool(dueBy: Date) {
  return sql`(o.status = 'ready_for_pickup'
      or (o.status in ('accepted', 'preparing') and o.estimated_ready_at <= ${dueBy.toISOString()}::timestamptz))
    and c.lat is not null and c.lng is not null
    and not exists (select 1 from ${driverAssignments} a
                    where a.order_id = o.id and a.cancelled_at is null)`;
}

/**
 * Orders waiting for a driver: ready, or accepted/preparing and due within the lead, with no
 * active assignment and no pending offer.
 */
export async function waitingOrders(
  services: Pick<Services, 'db'>,
  now: Date,
  leadSeconds: number,
  limit: number,
): Promise<WaitingOrder[]> {
  const dueBy = new Date(now.getTime() + leadSeconds * 1000);
  const result = await services.db.execute(sql`
    select o.id, o.chef_id, c.lat as kitchen_lat, c.lng as kitchen_lng,
      o.delivery_lat, o.delivery_lng, o.placed_at, ${readyAtSql} as ready_at
    from ${orders} o join ${chefs} c on c.id = o.chef_id
    where ${inDispatchPool(dueBy)}
      and not exists (select 1 from ${deliveryOffers} f
                      where f.order_id = o.id and f.status = 'pending')
    order by o.placed_at, o.id
    limit ${limit}`);
  return rowsOf<WaitingOrder>(result);
}

/** Runs one round; returns what it did. Safe to run again at once (it finds nothing new). */
export async function runDispatchRound(
  services: RoundServices,
  {
    now = new Date(),
    settings = DEFAULT_DISPATCH_SETTINGS,
    estimator = straightLineEstimator(),
    maxOrders = 2000,
  }: RoundOptions = {},
): Promise<RoundResult> {
  const expired = await expireOffers(services, now);
  await promoteReadyAssigned(services);
  await payStalledTransfers(services, now);
  const waiting = await waitingOrders(services, now, settings.readyLeadSeconds, maxOrders);
  if (waiting.length === 0) {
    if (expired) services.outbox.kick();
    return { expired, waiting: 0, drivers: 0, planned: 0, offers: 0, held: 0 };
  }

  // Earlier offers of these orders: who declined or let one lapse, and the next round number.
  const history = await services.db
    .select({
      orderId: deliveryOffers.orderId,
      driverId: deliveryOffers.driverId,
      status: deliveryOffers.status,
      round: deliveryOffers.round,
    })
    .from(deliveryOffers)
    .where(
      inArray(
        deliveryOffers.orderId,
        waiting.map((o) => o.id),
      ),
    );
  const excluded = new Map<string, Set<string>>();
  const lastRound = new Map<string, number>();
  for (const h of history) {
    lastRound.set(h.orderId, Math.max(lastRound.get(h.orderId) ?? 0, h.round));
    if (h.status === 'declined' || h.status === 'expired') {
      let set = excluded.get(h.orderId);
      if (!set) excluded.set(h.orderId, (set = new Set()));
      set.add(h.driverId);
    }
  }

  const kitchens = new Map<string, DispatchPoint>();
  for (const o of waiting) kitchens.set(o.chef_id, { lat: o.kitchen_lat, lng: o.kitchen_lng });
  const [free, offered] = await Promise.all([
    freeDriversNear(services, [...kitchens.values()], settings.radiusM, {
      now,
      freshSeconds: settings.freshSeconds,
    }),
    services.db
      .selectDistinct({ driverId: deliveryOffers.driverId })
      .from(deliveryOffers)
      .where(eq(deliveryOffers.status, 'pending')),
  ]);
  // A driver answering an offer gets no second one meanwhile.
  const busy = new Set(offered.map((o) => o.driverId));
  const drivers = free
    .filter((d) => !busy.has(d.id))
    .map((d) => ({
      id: d.id,
      position: { lat: d.lat, lng: d.lng, vehicle: d.vehicleType, driverId: d.id },
      availableAt: toSeconds(now),
    }));

  // An order some drivers are excluded from is planned on its own (its own pickup point
  // carries the exclusions), so it never shares a bundle with an order they may take.
  const planned: DispatchOrder<DispatchPoint>[] = waiting.map((o) => {
    const out = excluded.get(o.id);
    return {
      id: o.id,
      kitchenId: out ? `${o.chef_id}/${o.id}` : o.chef_id,
      pickup: out
        ? { lat: o.kitchen_lat, lng: o.kitchen_lng, excluded: out }
        : kitchens.get(o.chef_id)!,
      dropoff: { lat: o.delivery_lat, lng: o.delivery_lng },
      placedAt: toSeconds(new Date(o.placed_at)),
      readyAt: toSeconds(new Date(o.ready_at)),
    };
  });
  planned.sort((a, b) => (a.kitchenId < b.kitchenId ? -1 : a.kitchenId > b.kitchenId ? 1 : 0));
  const plan = planRound({
    now: toSeconds(now),
    orders: planned,
    drivers,
    travelTime: plannerTravelTime(estimator),
    params: {
      pickupServiceTime: 120,
      dropoffServiceTime: 120,
      roundInterval: settings.roundIntervalSeconds + settings.offerTtlSeconds,
    },
  });

  const expiresAt = new Date(now.getTime() + settings.offerTtlSeconds * 1000);
  const offers = plan.assignments.flatMap((a) =>
    a.orderIds
      .filter((orderId) => !excluded.get(orderId)?.has(a.driverId))
      .map((orderId) => ({
        orderId,
        driverId: a.driverId,
        round: (lastRound.get(orderId) ?? 0) + 1,
        cost: a.cost,
        expiresAt,
      })),
  );
  let made: { id: string; driverId: string }[] = [];
  if (offers.length > 0) {
    made = await services.db.transaction(async (tx) => {
      const rows = await tx.insert(deliveryOffers).values(offers).onConflictDoNothing().returning({
        id: deliveryOffers.id,
        orderId: deliveryOffers.orderId,
        driverId: deliveryOffers.driverId,
      });
      await writeOutbox(
        tx,
        rows.map((r) => ({
          topic: driverTopic(r.driverId),
          payload: {
            kind: 'offer.new',
            offerId: r.id,
            orderId: r.orderId,
            expiresAt: expiresAt.toISOString(),
          },
        })),
      );
      return rows;
    });
  }
  const written = made.length;
  if (expired || written) services.outbox.kick();
  // After the commit: the offer reaches a phone whose app is in the background or asleep.
  if (written) void pushOffers(services, made, settings.offerTtlSeconds);
  return {
    expired,
    waiting: waiting.length,
    drivers: drivers.length,
    planned: offers.length,
    offers: written,
    held: plan.held.length,
  };
}
