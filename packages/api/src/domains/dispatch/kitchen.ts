/**
 * The pickup and the door as the order's other parties see them: the kitchen board's drivers
 * with their drive to the kitchen, and the photo of an order left at the door.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { driverAssignments, drivers, orders, users, type Order } from '@homechef/db';
import type { KitchenDriverOutput } from '@homechef/validators';
import type { Actor, Services } from '../../context.ts';
import type { OwnKitchen } from '../chefs/index.ts';
import { deliveryPhotoLink } from '../documents/index.ts';
import { deliveryPhotoOf } from '../orders/index.ts';
import { straightLineEstimator, type TravelEstimator } from './travel.ts';

/** Orders on the board that a driver may be coming for. */
const BOARD_STATUSES = ['accepted', 'preparing', 'ready_for_pickup', 'assigned_to_driver'] as const;

/** "Ana María Pérez" → "Ana". */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/**
 * The drivers coming for the kitchen's orders (assigned, not yet picked up): first name,
 * vehicle, and the drive to the kitchen from their last known position (the live index, else
 * the last position the database kept). The board reads it again every few seconds.
 */
export async function kitchenDrivers(
  services: Pick<Services, 'db' | 'geoIndex'>,
  kitchen: Pick<OwnKitchen, 'id' | 'lat' | 'lng'>,
  estimator: TravelEstimator = straightLineEstimator(),
): Promise<KitchenDriverOutput[]> {
  const rows = await services.db
    .select({
      orderId: driverAssignments.orderId,
      arrivedAt: driverAssignments.arrivedAt,
      driverId: drivers.id,
      vehicleType: drivers.vehicleType,
      lastLat: drivers.lastLat,
      lastLng: drivers.lastLng,
      lastSeenAt: drivers.lastSeenAt,
      name: users.name,
    })
    .from(driverAssignments)
    .innerJoin(orders, eq(orders.id, driverAssignments.orderId))
    .innerJoin(drivers, eq(drivers.id, driverAssignments.driverId))
    .innerJoin(users, eq(users.id, drivers.userId))
    .where(
      and(
        eq(orders.chefId, kitchen.id),
        inArray(orders.status, [...BOARD_STATUSES]),
        isNull(driverAssignments.cancelledAt),
        isNull(driverAssignments.pickedUpAt),
      ),
    );
  return Promise.all(
    rows.map(async (row) => {
      const live = await services.geoIndex.get(row.driverId);
      const position =
        live ??
        (row.lastLat !== null && row.lastLng !== null && row.lastSeenAt
          ? { lat: row.lastLat, lng: row.lastLng, at: row.lastSeenAt }
          : null);
      const eta =
        position && !row.arrivedAt && kitchen.lat !== null && kitchen.lng !== null
          ? Math.round(
              estimator.seconds(
                { lat: position.lat, lng: position.lng, vehicle: row.vehicleType },
                { lat: kitchen.lat, lng: kitchen.lng },
              ),
            )
          : null;
      return {
        orderId: row.orderId,
        firstName: firstNameOf(row.name),
        vehicleType: row.vehicleType,
        etaSeconds: eta,
        positionAt: position?.at ?? null,
        arrivedAt: row.arrivedAt,
      };
    }),
  );
}

/**
 * A short-lived link to the photo of `order` left at the door, for its customer, its driver
 * and admins; the kitchen, and an order delivered with the code, get NOT_FOUND.
 */
export async function deliveryPhotoUrl(
  services: Services,
  actor: Actor,
  order: Pick<Order, 'id'>,
  now = new Date(),
): Promise<{ url: string; expiresAt: Date }> {
  const noPhoto = () =>
    new TRPCError({ code: 'NOT_FOUND', message: 'This order has no photo at the door' });
  if (actor.role === 'chef') throw noPhoto();
  const photoId = await deliveryPhotoOf(services.db, order.id);
  if (!photoId) throw noPhoto();
  return deliveryPhotoLink(services, photoId, now);
}
