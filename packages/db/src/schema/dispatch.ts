import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  real,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  coordinateChecks,
  createdAt,
  latitude,
  longitude,
  nonNegativeCheck,
  optionalRef,
  requiredRef,
  serialId,
  timestamptz,
  uuidId,
} from './columns.ts';
import { driverDocuments, drivers } from './drivers.ts';
import { orders } from './orders.ts';
import { DELIVERY_OFFER_STATUSES } from '@homechef/validators/constants';

export const deliveryOfferStatus = pgEnum('delivery_offer_status', DELIVERY_OFFER_STATUSES);

/** GPS trail; order_id is set while the driver carries that order (tracking replays it). */
export const driverLocations = pgTable(
  'driver_locations',
  {
    id: serialId(),
    driverId: requiredRef('driver_id', () => drivers.id, 'cascade'),
    orderId: optionalRef('order_id', () => orders.id, 'set null'),
    lat: latitude('lat').notNull(),
    lng: longitude('lng').notNull(),
    /** Degrees clockwise from north, [0, 360). */
    heading: real('heading'),
    speedMps: real('speed_mps'),
    accuracyM: real('accuracy_m'),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    index('driver_locations_driver_id_recorded_at_idx').on(
      t.driverId,
      t.recordedAt.desc().nullsFirst(),
    ),
    index('driver_locations_order_id_idx').on(t.orderId, t.id),
    check('driver_locations_heading_check', sql`${t.heading} >= 0 and ${t.heading} < 360`),
    nonNegativeCheck('driver_locations', t.speedMps),
    nonNegativeCheck('driver_locations', t.accuracyM),
    ...coordinateChecks('driver_locations', t.lat, t.lng),
  ],
);

/** One offer of one order to one driver in one dispatch round; expires unless answered. */
export const deliveryOffers = pgTable(
  'delivery_offers',
  {
    id: uuidId(),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    driverId: requiredRef('driver_id', () => drivers.id, 'restrict'),
    round: integer('round').notNull(),
    status: deliveryOfferStatus('status').notNull().default('pending'),
    /** The assignment cost the dispatcher computed (seconds-equivalent); kept for analysis. */
    cost: real('cost'),
    expiresAt: timestamptz('expires_at').notNull(),
    respondedAt: timestamptz('responded_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('delivery_offers_status_expires_at_idx').on(t.status, t.expiresAt),
    index('delivery_offers_driver_id_status_idx').on(t.driverId, t.status),
    index('delivery_offers_order_id_idx').on(t.orderId),
    uniqueIndex('delivery_offers_one_pending_per_order_driver_idx')
      .on(t.orderId, t.driverId)
      .where(sql`${t.status} = 'pending'`),
    check('delivery_offers_round_check', sql`${t.round} >= 1`),
  ],
);

export const driverAssignments = pgTable(
  'driver_assignments',
  {
    id: uuidId(),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    driverId: requiredRef('driver_id', () => drivers.id, 'restrict'),
    offerId: optionalRef('offer_id', () => deliveryOffers.id, 'set null'),
    assignedAt: timestamptz('assigned_at').notNull().defaultNow(),
    /** The driver said they are at the kitchen. */
    arrivedAt: timestamptz('arrived_at'),
    pickedUpAt: timestamptz('picked_up_at'),
    deliveredAt: timestamptz('delivered_at'),
    cancelledAt: timestamptz('cancelled_at'),
    cancelReason: text('cancel_reason'),
    /** Wrong delivery codes the driver entered; past the limit only a photo at the door will do. */
    wrongCodeAttempts: integer('wrong_code_attempts').notNull().default(0),
    /** Delivered without the code: the driver's photo of the order at the door. */
    deliveryPhotoId: optionalRef('delivery_photo_id', () => driverDocuments.id, 'restrict'),
  },
  (t) => [
    // Two drivers accepting one order: the second insert fails here.
    uniqueIndex('driver_assignments_one_active_per_order_idx')
      .on(t.orderId)
      .where(sql`${t.cancelledAt} is null`),
    index('driver_assignments_driver_id_idx').on(t.driverId, t.assignedAt.desc().nullsFirst()),
    uniqueIndex('driver_assignments_offer_id_key').on(t.offerId),
    // A photo proves one delivery.
    uniqueIndex('driver_assignments_delivery_photo_id_key').on(t.deliveryPhotoId),
    check(
      'driver_assignments_delivered_after_pickup_check',
      sql`${t.deliveredAt} is null or ${t.pickedUpAt} is not null`,
    ),
    nonNegativeCheck('driver_assignments', t.wrongCodeAttempts),
  ],
);

/**
 * What each dispatch round did and how long it took, written by the leader after the round so
 * that every server instance can show it (admin operations page). Rounds that found nothing to
 * do (no order waiting, no offer expired) are folded into one row: `rounds` counts them,
 * `last_started_at` moves on, `duration_ms` keeps the longest and `total_ms` the sum. Pruned
 * as it is written: a day's rows at most, and never more than a fixed number.
 */
export const dispatchRounds = pgTable(
  'dispatch_rounds',
  {
    id: serialId(),
    startedAt: timestamptz('started_at').notNull(),
    /** The start of the last round folded into this row (= started_at for a single round). */
    lastStartedAt: timestamptz('last_started_at').notNull(),
    rounds: integer('rounds').notNull().default(1),
    durationMs: integer('duration_ms').notNull(),
    totalMs: integer('total_ms').notNull(),
    /** Orders waiting for a driver that the round took in. */
    waiting: integer('waiting').notNull(),
    /** Free drivers near their kitchens the round could offer work to. */
    driversFree: integer('drivers_free').notNull(),
    /** Offers the plan made, and of them those written (an order taken meanwhile is skipped). */
    planned: integer('planned').notNull(),
    offers: integer('offers').notNull(),
    /** Orders the planner held for a later round. */
    held: integer('held').notNull(),
    /** Unanswered offers the round expired. */
    expired: integer('expired').notNull(),
    failed: boolean('failed').notNull().default(false),
  },
  (t) => [
    index('dispatch_rounds_last_started_at_idx').on(t.lastStartedAt),
    check('dispatch_rounds_rounds_check', sql`${t.rounds} >= 1`),
    check('dispatch_rounds_total_ms_check', sql`${t.totalMs} >= ${t.durationMs}`),
    check('dispatch_rounds_last_started_at_check', sql`${t.lastStartedAt} >= ${t.startedAt}`),
    nonNegativeCheck('dispatch_rounds', t.durationMs),
    nonNegativeCheck('dispatch_rounds', t.waiting),
    nonNegativeCheck('dispatch_rounds', t.driversFree),
    nonNegativeCheck('dispatch_rounds', t.planned),
    nonNegativeCheck('dispatch_rounds', t.offers),
    nonNegativeCheck('dispatch_rounds', t.held),
    nonNegativeCheck('dispatch_rounds', t.expired),
  ],
);

export type DriverAssignment = typeof driverAssignments.$inferSelect;
export type DispatchRound = typeof dispatchRounds.$inferSelect;
