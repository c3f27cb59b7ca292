import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  coordinateChecks,
  latitude,
  longitude,
  ratingChecks,
  ratingColumns,
  requiredRef,
  stripeAccountColumns,
  stripeAccountIndex,
  timestamps,
  timestamptz,
  uuidId,
} from './columns.ts';
import { users } from './users.ts';
import {
  DRIVER_STATUSES,
  DRIVER_VERIFICATION_STATUSES,
  VEHICLE_TYPES,
} from '@homechef/validators/constants';

export const vehicleType = pgEnum('vehicle_type', VEHICLE_TYPES);
export const driverStatus = pgEnum('driver_status', DRIVER_STATUSES);
export const driverVerificationStatus = pgEnum(
  'driver_verification_status',
  DRIVER_VERIFICATION_STATUSES,
);
export { VEHICLE_TYPES, DRIVER_STATUSES, DRIVER_VERIFICATION_STATUSES };

export type VehicleType = (typeof VEHICLE_TYPES)[number];
export type DriverStatus = (typeof DRIVER_STATUSES)[number];
export type DriverVerificationStatus = (typeof DRIVER_VERIFICATION_STATUSES)[number];

/**
 * Driver profiles. The last_* columns are the latest known position (the live index sits
 * in Redis or in memory; this copy lets a restart and new subscribers start from it).
 * The location trail, offers and assignments live in dispatch.ts.
 */
export const drivers = pgTable(
  'drivers',
  {
    id: uuidId(),
    userId: requiredRef('user_id', () => users.id, 'restrict'),
    vehicleType: vehicleType('vehicle_type').notNull(),
    vehiclePlate: text('vehicle_plate'),
    /** The shift: offline, online (free), busy (on a job) or suspended. */
    status: driverStatus('status').notNull().default('offline'),
    verificationStatus: driverVerificationStatus('verification_status').notNull().default('draft'),
    rejectionReason: text('rejection_reason'),
    submittedAt: timestamptz('submitted_at'),
    approvedAt: timestamptz('approved_at'),
    ...stripeAccountColumns(),
    lastLat: latitude('last_lat'),
    lastLng: longitude('last_lng'),
    lastSeenAt: timestamptz('last_seen_at'),
    ...ratingColumns(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('drivers_user_id_key').on(t.userId),
    stripeAccountIndex('drivers', t.stripeAccountId),
    index('drivers_status_idx').on(t.status),
    index('drivers_verification_status_idx').on(t.verificationStatus, t.submittedAt),
    check(
      'drivers_rejection_reason_check',
      sql`${t.verificationStatus} <> 'rejected' or ${t.rejectionReason} is not null`,
    ),
    ...ratingChecks('drivers', t.ratingAvg, t.ratingCount),
    ...coordinateChecks('drivers', t.lastLat, t.lastLng, 'last_'),
  ],
);

export type Driver = typeof drivers.$inferSelect;
export type NewDriver = typeof drivers.$inferInsert;
