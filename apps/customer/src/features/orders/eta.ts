import type { RouterOutputs } from '@homechef/app-kit';
import { haversineM } from '@homechef/geo/distance';
import type { DriverLocationEvent, OrderStatus } from '@homechef/validators';
import { TRACKED_ORDER_STATUSES, VEHICLE_SPEEDS_MPS } from '@homechef/validators/constants';

type Order = Pick<RouterOutputs['orders']['byId'], 'status' | 'kitchen' | 'delivery'>;

/** Whether the order is between assignment and delivery: the map is shown. */
export const isTracked = (status: OrderStatus) =>
  (TRACKED_ORDER_STATUSES as readonly OrderStatus[]).includes(status);

/**
 * Straight-line minutes to the door at a typical speed for the vehicle: through the kitchen
 * while the food is not picked up yet.
 */
export function etaMinutes(
  order: Order,
  driver: Pick<DriverLocationEvent, 'lat' | 'lng' | 'vehicleType'>,
): number {
  const speed = VEHICLE_SPEEDS_MPS[driver.vehicleType];
  const { kitchen, delivery } = order;
  const viaKitchen =
    order.status === 'assigned_to_driver' && kitchen.lat !== null && kitchen.lng !== null;
  const metres = viaKitchen
    ? haversineM(driver.lat, driver.lng, kitchen.lat!, kitchen.lng!) +
      haversineM(kitchen.lat!, kitchen.lng!, delivery.lat, delivery.lng)
    : haversineM(driver.lat, driver.lng, delivery.lat, delivery.lng);
  return Math.max(1, Math.ceil(metres / speed / 60));
}
