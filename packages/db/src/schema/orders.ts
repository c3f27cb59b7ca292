import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { chefs } from './chefs.ts';
import {
  cents,
  coordinateChecks,
  createdAt,
  currency,
  currencyCheck,
  latitude,
  longitude,
  nonNegativeCheck,
  optionalRef,
  positiveCheck,
  requiredRef,
  serialId,
  timestamps,
  timestamptz,
  uuidId,
} from './columns.ts';
import { drivers } from './drivers.ts';
import { itemOptions, menuItems } from './menus.ts';
import { addresses, users } from './users.ts';
import { ACTOR_ROLES, ORDER_STATUSES } from '@homechef/validators/constants';

/** The 12 states of the order state machine (transitions live in the API). */
export const orderStatus = pgEnum('order_status', ORDER_STATUSES);
/** Who made a state change; `system` = background loops, `stripe` = a verified webhook. */
export const actorRole = pgEnum('actor_role', ACTOR_ROLES);

export const orders = pgTable(
  'orders',
  {
    id: uuidId(),
    customerId: requiredRef('customer_id', () => users.id, 'restrict'),
    chefId: requiredRef('chef_id', () => chefs.id, 'restrict'),
    driverId: optionalRef('driver_id', () => drivers.id, 'restrict'),
    status: orderStatus('status').notNull().default('pending'),
    /** The saved address used, if any; the delivery_* columns are the snapshot that counts. */
    deliveryAddressId: optionalRef('delivery_address_id', () => addresses.id, 'set null'),
    deliveryLine1: text('delivery_line1').notNull(),
    deliveryLine2: text('delivery_line2'),
    deliveryCity: text('delivery_city').notNull(),
    deliveryPostalCode: text('delivery_postal_code').notNull(),
    deliveryCountry: char('delivery_country', { length: 2 }).notNull().default('US'),
    deliveryInstructions: text('delivery_instructions'),
    deliveryLat: latitude('delivery_lat').notNull(),
    deliveryLng: longitude('delivery_lng').notNull(),
    subtotalCents: cents('subtotal_cents'),
    deliveryFeeCents: cents('delivery_fee_cents').default(0),
    tipCents: cents('tip_cents').default(0),
    /** Platform's cut of the food (15% of subtotal); part of Stripe's application fee. */
    platformFeeCents: cents('platform_fee_cents').default(0),
    totalCents: cents('total_cents'),
    currency: currency(),
    notes: text('notes'),
    /** Client-generated per checkout attempt; a retry with the same key returns the same order. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hash of the placing request: the same idempotency key with another cart is refused. */
    requestHash: text('request_hash').notNull(),
    scheduledFor: timestamptz('scheduled_for'),
    /** The kitchen's calendar day (its time zone) the meal is cooked on: caps count per day. */
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    /**
     * The 4 digits the customer tells the driver at the door (shown on the customer's order
     * page); the driver enters them to mark the order delivered.
     */
    deliveryCode: text('delivery_code')
      .notNull()
      .default(sql`lpad(floor(random() * 10000)::int::text, 4, '0')`),
    /** The chef's estimate, set on accept. */
    estimatedReadyAt: timestamptz('estimated_ready_at'),
    /** When the status last changed: the timers (acceptance, checkout) read it. */
    statusChangedAt: timestamptz('status_changed_at').notNull().defaultNow(),
    stripeCheckoutSessionId: text('stripe_checkout_session_id'),
    checkoutUrl: text('checkout_url'),
    placedAt: timestamptz('placed_at').notNull().defaultNow(),
    ...timestamps(),
    /** Optimistic concurrency: every transition does `... where version = $expected`. */
    version: integer('version').notNull().default(0),
  },
  (t) => [
    uniqueIndex('orders_customer_idempotency_key').on(t.customerId, t.idempotencyKey),
    index('orders_customer_id_created_at_idx').on(t.customerId, t.createdAt.desc().nullsFirst()),
    index('orders_chef_id_status_idx').on(t.chefId, t.status),
    index('orders_chef_id_service_date_idx').on(t.chefId, t.serviceDate),
    index('orders_status_idx').on(t.status, t.createdAt),
    index('orders_status_changed_at_idx').on(t.status, t.statusChangedAt),
    index('orders_placed_at_idx').on(t.placedAt.desc().nullsFirst(), t.id),
    uniqueIndex('orders_stripe_checkout_session_id_key').on(t.stripeCheckoutSessionId),
    index('orders_driver_id_idx').on(t.driverId),
    nonNegativeCheck('orders', t.subtotalCents),
    nonNegativeCheck('orders', t.deliveryFeeCents),
    nonNegativeCheck('orders', t.tipCents),
    check(
      'orders_platform_fee_cents_check',
      sql`${t.platformFeeCents} >= 0 and ${t.platformFeeCents} <= ${t.subtotalCents}`,
    ),
    nonNegativeCheck('orders', t.totalCents),
    check(
      'orders_total_is_sum_check',
      sql`${t.totalCents} = ${t.subtotalCents} + ${t.deliveryFeeCents} + ${t.tipCents}`,
    ),
    nonNegativeCheck('orders', t.version),
    currencyCheck('orders', t.currency),
    ...coordinateChecks('orders', t.deliveryLat, t.deliveryLng, 'delivery_'),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: uuidId(),
    orderId: requiredRef('order_id', () => orders.id, 'cascade'),
    menuItemId: requiredRef('menu_item_id', () => menuItems.id, 'restrict'),
    name: text('name').notNull(),
    unitPriceCents: cents('unit_price_cents'),
    quantity: integer('quantity').notNull(),
    /** (unit price + chosen option deltas) × quantity. */
    lineTotalCents: cents('line_total_cents'),
    notes: text('notes'),
  },
  (t) => [
    index('order_items_order_id_idx').on(t.orderId),
    index('order_items_menu_item_id_idx').on(t.menuItemId),
    nonNegativeCheck('order_items', t.unitPriceCents),
    positiveCheck('order_items', t.quantity),
    // Option deltas are never negative, so a line is at least unit price × quantity.
    check(
      'order_items_line_total_cents_check',
      sql`${t.lineTotalCents} >= ${t.unitPriceCents} * ${t.quantity}`,
    ),
  ],
);

export const orderItemOptions = pgTable(
  'order_item_options',
  {
    id: uuidId(),
    orderItemId: requiredRef('order_item_id', () => orderItems.id, 'cascade'),
    optionId: requiredRef('option_id', () => itemOptions.id, 'restrict'),
    groupName: text('group_name').notNull(),
    optionName: text('option_name').notNull(),
    priceDeltaCents: cents('price_delta_cents'),
  },
  (t) => [
    index('order_item_options_order_item_id_idx').on(t.orderItemId),
    index('order_item_options_option_id_idx').on(t.optionId),
    nonNegativeCheck('order_item_options', t.priceDeltaCents),
  ],
);

/** Append-only trail of every transition, written in the same transaction as the update. */
export const orderStatusHistory = pgTable(
  'order_status_history',
  {
    id: serialId(),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    fromStatus: orderStatus('from_status'),
    toStatus: orderStatus('to_status').notNull(),
    actorUserId: optionalRef('actor_user_id', () => users.id, 'restrict'),
    actorRole: actorRole('actor_role').notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [index('order_status_history_order_id_idx').on(t.orderId, t.id)],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuidId(),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    customerId: requiredRef('customer_id', () => users.id, 'restrict'),
    chefId: requiredRef('chef_id', () => chefs.id, 'restrict'),
    driverId: optionalRef('driver_id', () => drivers.id, 'restrict'),
    chefRating: smallint('chef_rating').notNull(),
    driverRating: smallint('driver_rating'),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reviews_order_id_key').on(t.orderId),
    index('reviews_chef_id_created_at_idx').on(t.chefId, t.createdAt.desc().nullsFirst()),
    index('reviews_driver_id_idx').on(t.driverId),
    index('reviews_customer_id_idx').on(t.customerId),
    check('reviews_chef_rating_check', sql`${t.chefRating} between 1 and 5`),
    check('reviews_driver_rating_check', sql`${t.driverRating} between 1 and 5`),
    check(
      'reviews_driver_rating_needs_driver_check',
      sql`${t.driverRating} is null or ${t.driverId} is not null`,
    ),
  ],
);

export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type Review = typeof reviews.$inferSelect;
