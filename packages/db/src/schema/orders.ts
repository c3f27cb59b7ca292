import { sql } from 'drizzle-orm';
import {
  bigint,
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
  uuid,
} from 'drizzle-orm/pg-core';
import { chefs } from './chefs.ts';
import {
  coordinateChecks,
  createdAt,
  currency,
  currencyCheck,
  latitude,
  longitude,
  timestamptz,
  updatedAt,
} from './columns.ts';
import { drivers } from './drivers.ts';
import { itemOptions, menuItems } from './menus.ts';
import { addresses, users } from './users.ts';
import { ACTOR_ROLES, ORDER_STATUSES } from '@homechef/validators/constants';

/** The 12 states of the order state machine (transitions live in the API). */
export const orderStatus = pgEnum('order_status', ORDER_STATUSES);
/** Who made a state change; `system` = background loops, `stripe` = a verified webhook. */
export const actorRole = pgEnum('actor_role', ACTOR_ROLES);
export { ORDER_STATUSES, ACTOR_ROLES };

export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    chefId: uuid('chef_id')
      .notNull()
      .references(() => chefs.id, { onDelete: 'restrict' }),
    driverId: uuid('driver_id').references(() => drivers.id, { onDelete: 'restrict' }),
    status: orderStatus('status').notNull().default('pending'),
    /** The saved address used, if any; the delivery_* columns are the snapshot that counts. */
    deliveryAddressId: uuid('delivery_address_id').references(() => addresses.id, {
      onDelete: 'set null',
    }),
    deliveryLine1: text('delivery_line1').notNull(),
    deliveryLine2: text('delivery_line2'),
    deliveryCity: text('delivery_city').notNull(),
    deliveryPostalCode: text('delivery_postal_code').notNull(),
    deliveryCountry: char('delivery_country', { length: 2 }).notNull().default('US'),
    deliveryInstructions: text('delivery_instructions'),
    deliveryLat: latitude('delivery_lat').notNull(),
    deliveryLng: longitude('delivery_lng').notNull(),
    subtotalCents: integer('subtotal_cents').notNull(),
    deliveryFeeCents: integer('delivery_fee_cents').notNull().default(0),
    tipCents: integer('tip_cents').notNull().default(0),
    /** Platform's cut of the food (15% of subtotal); part of Stripe's application fee. */
    platformFeeCents: integer('platform_fee_cents').notNull().default(0),
    totalCents: integer('total_cents').notNull(),
    currency: currency(),
    notes: text('notes'),
    /** Client-generated per checkout attempt; a retry with the same key returns the same order. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hash of the placing request: the same idempotency key with another cart is refused. */
    requestHash: text('request_hash').notNull(),
    scheduledFor: timestamptz('scheduled_for'),
    /** The kitchen's calendar day (its time zone) the meal is cooked on: caps count per day. */
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    /** The chef's estimate, set on accept. */
    estimatedReadyAt: timestamptz('estimated_ready_at'),
    /** When the status last changed: the timers (acceptance, checkout) read it. */
    statusChangedAt: timestamptz('status_changed_at').notNull().defaultNow(),
    stripeCheckoutSessionId: text('stripe_checkout_session_id'),
    checkoutUrl: text('checkout_url'),
    placedAt: timestamptz('placed_at').notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    check('orders_subtotal_cents_check', sql`${t.subtotalCents} >= 0`),
    check('orders_delivery_fee_cents_check', sql`${t.deliveryFeeCents} >= 0`),
    check('orders_tip_cents_check', sql`${t.tipCents} >= 0`),
    check(
      'orders_platform_fee_cents_check',
      sql`${t.platformFeeCents} >= 0 and ${t.platformFeeCents} <= ${t.subtotalCents}`,
    ),
    check('orders_total_cents_check', sql`${t.totalCents} >= 0`),
    check(
      'orders_total_is_sum_check',
      sql`${t.totalCents} = ${t.subtotalCents} + ${t.deliveryFeeCents} + ${t.tipCents}`,
    ),
    check('orders_version_check', sql`${t.version} >= 0`),
    currencyCheck('orders', t.currency),
    ...coordinateChecks('orders', t.deliveryLat, t.deliveryLng, 'delivery_'),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    menuItemId: uuid('menu_item_id')
      .notNull()
      .references(() => menuItems.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
    quantity: integer('quantity').notNull(),
    /** (unit price + chosen option deltas) × quantity. */
    lineTotalCents: integer('line_total_cents').notNull(),
    notes: text('notes'),
  },
  (t) => [
    index('order_items_order_id_idx').on(t.orderId),
    index('order_items_menu_item_id_idx').on(t.menuItemId),
    check('order_items_unit_price_cents_check', sql`${t.unitPriceCents} >= 0`),
    check('order_items_quantity_check', sql`${t.quantity} > 0`),
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
    id: uuid('id').primaryKey().defaultRandom(),
    orderItemId: uuid('order_item_id')
      .notNull()
      .references(() => orderItems.id, { onDelete: 'cascade' }),
    optionId: uuid('option_id')
      .notNull()
      .references(() => itemOptions.id, { onDelete: 'restrict' }),
    groupName: text('group_name').notNull(),
    optionName: text('option_name').notNull(),
    priceDeltaCents: integer('price_delta_cents').notNull(),
  },
  (t) => [
    index('order_item_options_order_item_id_idx').on(t.orderItemId),
    index('order_item_options_option_id_idx').on(t.optionId),
    check('order_item_options_price_delta_cents_check', sql`${t.priceDeltaCents} >= 0`),
  ],
);

/** Append-only trail of every transition, written in the same transaction as the update. */
export const orderStatusHistory = pgTable(
  'order_status_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    fromStatus: orderStatus('from_status'),
    toStatus: orderStatus('to_status').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'restrict' }),
    actorRole: actorRole('actor_role').notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [index('order_status_history_order_id_idx').on(t.orderId, t.id)],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'restrict' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    chefId: uuid('chef_id')
      .notNull()
      .references(() => chefs.id, { onDelete: 'restrict' }),
    driverId: uuid('driver_id').references(() => drivers.id, { onDelete: 'restrict' }),
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
export type OrderItem = typeof orderItems.$inferSelect;
export type NewOrderItem = typeof orderItems.$inferInsert;
export type OrderItemOption = typeof orderItemOptions.$inferSelect;
export type NewOrderItemOption = typeof orderItemOptions.$inferInsert;
export type OrderStatusHistoryEntry = typeof orderStatusHistory.$inferSelect;
export type NewOrderStatusHistoryEntry = typeof orderStatusHistory.$inferInsert;
export type Review = typeof reviews.$inferSelect;
export type NewReview = typeof reviews.$inferInsert;
