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
  uploadedFileChecks,
  uploadedFileColumns,
  uuidId,
  verificationColumns,
} from './columns.ts';
import { users } from './users.ts';
import {
  type DRIVER_DOCUMENT_KINDS,
  DRIVER_STATUSES,
  DRIVER_UPLOAD_KINDS,
  DRIVER_VERIFICATION_STATUSES,
  SHIFT_END_REASONS,
  VEHICLE_TYPES,
} from '@homechef/validators/constants';

export const vehicleType = pgEnum('vehicle_type', VEHICLE_TYPES);
export const driverStatus = pgEnum('driver_status', DRIVER_STATUSES);
export const driverVerificationStatus = pgEnum(
  'driver_verification_status',
  DRIVER_VERIFICATION_STATUSES,
);
export const driverDocumentKind = pgEnum('driver_document_kind', DRIVER_UPLOAD_KINDS);
export const shiftEndReason = pgEnum('shift_end_reason', SHIFT_END_REASONS);

export type VehicleType = (typeof VEHICLE_TYPES)[number];
export type DriverVerificationStatus = (typeof DRIVER_VERIFICATION_STATUSES)[number];
/** The profile's documents (licence, insurance). */
export type DriverDocumentKind = (typeof DRIVER_DOCUMENT_KINDS)[number];
/** What a driver may upload: the profile's documents and delivery photos. */
export type DriverUploadKind = (typeof DRIVER_UPLOAD_KINDS)[number];

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
    /** When the shift last started or ended; a silent online driver is timed from here. */
    shiftChangedAt: timestamptz('shift_changed_at'),
    /** Why the last shift ended (null while on shift, or before the first one). */
    shiftEndedReason: shiftEndReason('shift_ended_reason'),
    ...verificationColumns(driverVerificationStatus),
    ...stripeAccountColumns(),
    lastLat: latitude('last_lat'),
    lastLng: longitude('last_lng'),
    /** When the server last accepted a ping (server clock). */
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

/**
 * Every shift a driver worked: opened by going online, closed by going offline or by the
 * sweep of silent drivers (at most one open per driver). Earnings group deliveries by the
 * shift they were delivered in.
 */
export const driverShifts = pgTable(
  'driver_shifts',
  {
    id: uuidId(),
    driverId: requiredRef('driver_id', () => drivers.id, 'cascade'),
    startedAt: timestamptz('started_at').notNull(),
    /** Null while the shift goes on. */
    endedAt: timestamptz('ended_at'),
    endedReason: shiftEndReason('ended_reason'),
  },
  (t) => [
    index('driver_shifts_driver_id_idx').on(t.driverId, t.startedAt),
    uniqueIndex('driver_shifts_open_key')
      .on(t.driverId)
      .where(sql`${t.endedAt} is null`),
    check(
      'driver_shifts_ended_check',
      sql`(${t.endedAt} is null) = (${t.endedReason} is null) and (${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt})`,
    ),
  ],
);

/**
 * A driver's licence and insurance. Same shape and storage as chef_documents (one upload path
 * in the API's documents domain), but judged with the driver's application as a whole, so
 * there is no per-document status.
 */
export const driverDocuments = pgTable(
  'driver_documents',
  {
    id: uuidId(),
    driverId: requiredRef('driver_id', () => drivers.id, 'cascade'),
    kind: driverDocumentKind('kind').notNull(),
    ...uploadedFileColumns(),
  },
  (t) => [
    index('driver_documents_driver_id_idx').on(t.driverId),
    ...uploadedFileChecks('driver_documents', t),
  ],
);

export type DriverDocument = typeof driverDocuments.$inferSelect;
export type NewDriverDocument = typeof driverDocuments.$inferInsert;
