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
  uuid,
} from 'drizzle-orm/pg-core';
import {
  coordinateChecks,
  createdAt,
  latitude,
  longitude,
  timestamptz,
  updatedAt,
} from './columns.ts';
import { users } from './users.ts';
import { DRIVER_STATUSES, VEHICLE_TYPES } from '@homechef/validators/constants';

export const vehicleType = pgEnum('vehicle_type', VEHICLE_TYPES);
export const driverStatus = pgEnum('driver_status', DRIVER_STATUSES);
export { VEHICLE_TYPES, DRIVER_STATUSES };

export type VehicleType = (typeof VEHICLE_TYPES)[number];
export type DriverStatus = (typeof DRIVER_STATUSES)[number];

/**
 * Driver profiles. The last_* columns are the latest known position (the live index sits
 * in Redis or in memory; this copy lets a restart and new subscribers start from it).
 * The location trail, offers and assignments live in dispatch.ts.
 */
export const drivers = pgTable(
  'drivers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    vehicleType: vehicleType('vehicle_type').notNull(),
    vehiclePlate: text('vehicle_plate'),
    status: driverStatus('status').notNull().default('offline'),
    stripeAccountId: text('stripe_account_id'),
    stripePayoutsEnabled: boolean('stripe_payouts_enabled').notNull().default(false),
    /** When the stripe_* columns were read from Stripe (the read's start, database clock). */
    stripeSyncedAt: timestamptz('stripe_synced_at'),
    lastLat: latitude('last_lat'),
    lastLng: longitude('last_lng'),
    lastSeenAt: timestamptz('last_seen_at'),
    ratingAvg: real('rating_avg').notNull().default(0),
    ratingCount: integer('rating_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('drivers_user_id_key').on(t.userId),
    uniqueIndex('drivers_stripe_account_id_key').on(t.stripeAccountId),
    index('drivers_status_idx').on(t.status),
    check('drivers_rating_avg_check', sql`${t.ratingAvg} between 0 and 5`),
    check('drivers_rating_count_check', sql`${t.ratingCount} >= 0`),
    ...coordinateChecks('drivers', t.lastLat, t.lastLng, 'last_'),
  ],
);

export type Driver = typeof drivers.$inferSelect;
export type NewDriver = typeof drivers.$inferInsert;
