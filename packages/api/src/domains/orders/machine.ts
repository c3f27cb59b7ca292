/**
 * The order state machine: every allowed transition and who may make it, in one table. The
 * `transitionOrder` function (transition.ts) is the only writer of `orders.status` and refuses
 * anything this table does not list.
 */
import type { ACTOR_ROLES } from '@homechef/validators/constants';
import type { OrderStatus } from '@homechef/validators';

export type ActorRole = (typeof ACTOR_ROLES)[number];

type Table = Partial<Record<OrderStatus, Partial<Record<OrderStatus, readonly ActorRole[]>>>>;

/**
 * from → to → roles. `stripe` is a verified webhook, `system` a background loop (checkout
 * expiry, the acceptance timer, refunds completing). Cancelling or rejecting a paid order
 * refunds it in full; `refunded` is an order whose whole charge an admin gave back.
 */
export const TRANSITIONS: Table = {
  pending: {
    payment_confirmed: ['stripe'],
    cancelled: ['customer', 'system', 'admin'],
  },
  payment_confirmed: {
    accepted: ['chef'],
    rejected: ['chef', 'system'],
    cancelled: ['customer', 'admin'],
    refunded: ['admin'],
  },
  accepted: {
    preparing: ['chef'],
    cancelled: ['admin'],
    refunded: ['admin'],
  },
  preparing: {
    ready_for_pickup: ['chef'],
    cancelled: ['admin'],
    refunded: ['admin'],
  },
  ready_for_pickup: {
    assigned_to_driver: ['driver', 'system', 'admin'],
    cancelled: ['admin'],
    refunded: ['admin'],
  },
  assigned_to_driver: {
    // A driver who drops the job (or an admin taking it off them) puts it back for dispatch.
    ready_for_pickup: ['driver', 'system', 'admin'],
    picked_up: ['driver', 'chef'],
    cancelled: ['admin'],
    refunded: ['admin'],
  },
  picked_up: {
    in_transit: ['driver'],
    cancelled: ['admin'],
    refunded: ['admin'],
  },
  in_transit: {
    delivered: ['driver', 'admin'],
    cancelled: ['admin'],
    refunded: ['admin'],
  },
  delivered: {
    refunded: ['admin'],
  },
};

/** States an order never leaves. */
export const FINAL_STATUSES: readonly OrderStatus[] = ['rejected', 'cancelled', 'refunded'];

/** States whose order holds the kitchen's portions and meal-cap capacity. */
export const CAPACITY_STATUSES: readonly OrderStatus[] = [
  'pending',
  'payment_confirmed',
  'accepted',
  'preparing',
  'ready_for_pickup',
  'assigned_to_driver',
  'picked_up',
  'in_transit',
  'delivered',
];

/** States in which the customer's money has been taken (and not all given back). */
export const PAID_STATUSES: readonly OrderStatus[] = CAPACITY_STATUSES.filter(
  (s) => s !== 'pending',
);

export function rolesFor(from: OrderStatus, to: OrderStatus): readonly ActorRole[] {
  return TRANSITIONS[from]?.[to] ?? [];
}

export function canTransition(from: OrderStatus, to: OrderStatus, role: ActorRole): boolean {
  return rolesFor(from, to).includes(role);
}

/** The states `role` may move an order to from `from`. */
export function nextStatuses(from: OrderStatus, role: ActorRole): OrderStatus[] {
  return Object.entries(TRANSITIONS[from] ?? {})
    .filter(([, roles]) => roles.includes(role))
    .map(([to]) => to as OrderStatus);
}
