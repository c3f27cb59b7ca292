/**
 * A driver's side of an offer: see it, accept it (one driver wins an order), decline it.
 * Acceptance locks the order row, so of two drivers accepting one order the second finds the
 * assignment made and gets CONFLICT; the partial unique index on active assignments holds it too.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import { chefs, deliveryOffers, driverAssignments, drivers, orders } from '@homechef/db';
import { haversineM } from '@homechef/geo';
import type { OfferOutput } from '@homechef/validators';
import type { Actor, Services } from '../../context.ts';
import { writeOutbox } from '../../shared/outbox.ts';
import { driverOf, giveOrderTo, notFound } from './driver.ts';
import { driverTopic } from './settings.ts';

type OfferServices = Pick<Services, 'db' | 'outbox'>;

/** Order states a driver may take on: ready, or still cooking and due soon. */
const TAKEABLE = ['ready_for_pickup', 'accepted', 'preparing'] as const;

const area = (postalCode: string | null, city: string | null) =>
  [postalCode, city].filter(Boolean).join(' ');

/** The caller's pending offers, soonest to expire first, without the exact drop-off address. */
export async function myOffers(
  services: Pick<Services, 'db'>,
  actor: Actor,
  now = new Date(),
): Promise<OfferOutput[]> {
  const [driver] = await services.db.select().from(drivers).where(eq(drivers.userId, actor.userId));
  if (!driver) return [];
  const rows = await services.db
    .select({ offer: deliveryOffers, order: orders, chef: chefs })
    .from(deliveryOffers)
    .innerJoin(orders, eq(orders.id, deliveryOffers.orderId))
    .innerJoin(chefs, eq(chefs.id, orders.chefId))
    .where(
      and(
        eq(deliveryOffers.driverId, driver.id),
        eq(deliveryOffers.status, 'pending'),
        gt(deliveryOffers.expiresAt, now),
      ),
    )
    .orderBy(asc(deliveryOffers.expiresAt), asc(deliveryOffers.id));
  return rows.map(({ offer, order, chef }) => {
    const kitchen = { lat: chef.lat ?? order.deliveryLat, lng: chef.lng ?? order.deliveryLng };
    return {
      offerId: offer.id,
      orderId: order.id,
      round: offer.round,
      kitchenName: chef.businessName,
      kitchenArea: area(chef.kitchenPostalCode, chef.kitchenCity),
      dropoffArea: area(order.deliveryPostalCode, order.deliveryCity),
      toKitchenM:
        driver.lastLat === null || driver.lastLng === null
          ? 0
          : Math.round(haversineM(driver.lastLat, driver.lastLng, kitchen.lat, kitchen.lng)),
      toDropoffM: Math.round(
        haversineM(kitchen.lat, kitchen.lng, order.deliveryLat, order.deliveryLng),
      ),
      earningsCents: order.deliveryFeeCents + order.tipCents,
      currency: order.currency,
      expiresAt: offer.expiresAt,
    };
  });
}

/**
 * Accepts an offer: the assignment, the order to `assigned_to_driver` (or, while the food is
 * still cooking, the driver named on it until the round moves it once ready), the driver busy,
 * the order's other offers cancelled. Accepting an offer already accepted returns the same.
 */
export async function acceptOffer(
  services: OfferServices,
  actor: Actor,
  offerId: string,
  now = new Date(),
): Promise<{ orderId: string; assignmentId: string }> {
  const driver = await driverOf(services.db, actor, 'offer');
  const result = await services.db.transaction(async (tx) => {
    // The order row first, then the offer: accepts of one order queue on the order's row, so
    // two of them never hold each other's offers.
    const [target] = await tx
      .select({ orderId: deliveryOffers.orderId })
      .from(deliveryOffers)
      .where(and(eq(deliveryOffers.id, offerId), eq(deliveryOffers.driverId, driver.id)));
    if (!target) throw notFound('offer');
    const [order] = await tx
      .select()
      .from(orders)
      .where(eq(orders.id, target.orderId))
      .for('update');
    const [offer] = await tx
      .select()
      .from(deliveryOffers)
      .where(eq(deliveryOffers.id, offerId))
      .for('update');
    if (!offer) throw notFound('offer');
    if (offer.status === 'accepted') {
      const [mine] = await tx
        .select({ id: driverAssignments.id })
        .from(driverAssignments)
        .where(eq(driverAssignments.offerId, offer.id));
      if (mine) return { orderId: offer.orderId, assignmentId: mine.id };
    }
    if (offer.status !== 'pending' || offer.expiresAt <= now) {
      throw new TRPCError({ code: 'CONFLICT', message: 'This offer is no longer open' });
    }
    const [me] = await tx
      .select({ status: drivers.status })
      .from(drivers)
      .where(eq(drivers.id, driver.id));
    if (me?.status !== 'online' && me?.status !== 'busy') {
      throw new TRPCError({ code: 'CONFLICT', message: 'Go online to take orders' });
    }
    const [taken] = await tx
      .select({ id: driverAssignments.id })
      .from(driverAssignments)
      .where(
        and(
          eq(driverAssignments.orderId, offer.orderId),
          sql`${driverAssignments.cancelledAt} is null`,
        ),
      );
    if (!order || taken || !(TAKEABLE as readonly string[]).includes(order.status)) {
      throw new TRPCError({ code: 'CONFLICT', message: 'Another driver took this order' });
    }
    const [assignment] = await tx
      .insert(driverAssignments)
      .values({ orderId: order.id, driverId: driver.id, offerId: offer.id, assignedAt: now })
      .returning({ id: driverAssignments.id });
    await tx
      .update(deliveryOffers)
      .set({ status: 'accepted', respondedAt: now })
      .where(eq(deliveryOffers.id, offer.id));
    const others = await tx
      .update(deliveryOffers)
      .set({ status: 'cancelled', respondedAt: now })
      .where(
        and(
          eq(deliveryOffers.orderId, order.id),
          eq(deliveryOffers.status, 'pending'),
          ne(deliveryOffers.id, offer.id),
        ),
      )
      .returning({ id: deliveryOffers.id, driverId: deliveryOffers.driverId });
    await giveOrderTo(tx, order, driver.id, { role: 'driver', userId: actor.userId });
    await writeOutbox(tx, [
      { topic: driverTopic(driver.id), payload: { kind: 'offer.accepted', offerId: offer.id } },
      ...others.map((o) => ({
        topic: driverTopic(o.driverId),
        payload: { kind: 'offer.cancelled', offerId: o.id },
      })),
    ]);
    return { orderId: order.id, assignmentId: assignment!.id };
  });
  services.outbox.kick();
  return result;
}

/** Declines a pending offer; the order goes to the next round without this driver. */
export async function declineOffer(
  services: OfferServices,
  actor: Actor,
  offerId: string,
  now = new Date(),
): Promise<void> {
  const driver = await driverOf(services.db, actor, 'offer');
  await services.db.transaction(async (tx) => {
    const [offer] = await tx
      .select()
      .from(deliveryOffers)
      .where(and(eq(deliveryOffers.id, offerId), eq(deliveryOffers.driverId, driver.id)))
      .for('update');
    if (!offer) throw notFound('offer');
    if (offer.status === 'accepted') {
      throw new TRPCError({ code: 'CONFLICT', message: 'You accepted this offer already' });
    }
    if (offer.status !== 'pending') return; // Declined, expired or withdrawn already.
    await tx
      .update(deliveryOffers)
      .set({ status: 'declined', respondedAt: now })
      .where(eq(deliveryOffers.id, offer.id));
    await writeOutbox(tx, [
      { topic: driverTopic(driver.id), payload: { kind: 'offer.declined', offerId: offer.id } },
    ]);
  });
  services.outbox.kick();
}

/**
 * The caller's pending offers, again after every event on their topic: subscribes first, then
 * reads, so an offer made in between is not missed.
 */
export async function* offersStream(
  services: Pick<Services, 'db' | 'bus'>,
  actor: Actor,
  signal?: AbortSignal,
): AsyncGenerator<OfferOutput[]> {
  const [driver] = await services.db.select().from(drivers).where(eq(drivers.userId, actor.userId));
  if (!driver) throw notFound('driver profile');
  let dirty = true;
  let wake: (() => void) | undefined;
  const unsubscribe = await services.bus.subscribe(driverTopic(driver.id), () => {
    dirty = true;
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    while (!signal?.aborted) {
      if (dirty) {
        dirty = false;
        yield await myOffers(services, actor);
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await unsubscribe();
  }
}
