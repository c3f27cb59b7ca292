import { z } from 'zod';
import {
  DRIVER_DOCUMENT_KINDS,
  DRIVER_UPLOAD_KINDS,
  DRIVER_VERIFICATION_STATUSES,
  MOTOR_VEHICLE_TYPES,
  VEHICLE_TYPES,
} from './constants.ts';
import { SingleLineText } from './common.ts';

export {
  DELIVERY_PHOTO_KIND,
  DRIVER_DOCUMENT_KINDS,
  DRIVER_UPLOAD_KINDS,
  DRIVER_VERIFICATION_STATUSES,
  MOTOR_VEHICLE_TYPES,
  VEHICLE_TYPES,
} from './constants.ts';

export const VehicleType = z.enum(VEHICLE_TYPES, {
  error: 'Choose bicycle, scooter, motorcycle or car',
});
export type VehicleType = z.infer<typeof VehicleType>;
export const DriverVerificationStatus = z.enum(DRIVER_VERIFICATION_STATUSES);
export const DriverDocumentKind = z.enum(DRIVER_DOCUMENT_KINDS, {
  error: 'Choose driving_licence or insurance',
});
export type DriverDocumentKind = z.infer<typeof DriverDocumentKind>;

/** Whether a vehicle of this type carries a registration plate. */
export function needsPlate(type: VehicleType): boolean {
  return (MOTOR_VEHICLE_TYPES as readonly string[]).includes(type);
}

/**
 * A registration plate as printed: 2–10 letters and digits, single spaces or hyphens between
 * them, at least one digit. Stored upper-case with the spacing collapsed (`7abc 123` → `7ABC 123`).
 */
export const VehiclePlate = SingleLineText({ error: 'Enter the plate' })
  .transform((v) => v.replace(/\s+/g, ' ').toUpperCase())
  .refine(
    (v) => /^[A-Z0-9]+(?:[ -][A-Z0-9]+)*$/.test(v),
    'Use letters and digits only, with single spaces or hyphens between them',
  )
  .refine((v) => {
    const chars = v.replace(/[ -]/g, '').length;
    return chars >= 2 && chars <= 10;
  }, 'A plate has 2 to 10 letters and digits')
  .refine((v) => /\d/.test(v), 'A plate has at least one digit');

/** The vehicle a driver delivers with; motor vehicles need a plate, a bicycle has none. */
export const SaveDriverProfileInput = z
  .object({
    vehicleType: VehicleType,
    vehiclePlate: VehiclePlate.nullish(),
  })
  .superRefine((v, ctx) => {
    if (needsPlate(v.vehicleType) && !v.vehiclePlate) {
      ctx.addIssue({
        code: 'custom',
        path: ['vehiclePlate'],
        message: `Enter the plate of your ${v.vehicleType}`,
      });
    }
    if (!needsPlate(v.vehicleType) && v.vehiclePlate) {
      ctx.addIssue({
        code: 'custom',
        path: ['vehiclePlate'],
        message: 'A bicycle has no plate: leave it empty',
      });
    }
  });
export type SaveDriverProfileInput = z.input<typeof SaveDriverProfileInput>;

export const DriverDocumentOutput = z.object({
  id: z.uuid(),
  kind: z.enum(DRIVER_UPLOAD_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.date(),
});
export type DriverDocumentOutput = z.infer<typeof DriverDocumentOutput>;

/** Query string of `POST /documents` when a driver uploads (the file is the request body). */
export const UploadDriverDocumentQuery = z.object({
  kind: z.enum(DRIVER_UPLOAD_KINDS, {
    error: 'Choose driving_licence, insurance or delivery_photo',
  }),
  fileName: SingleLineText().max(200).optional(),
});

/** One line of the onboarding checklist: what it takes to go online, done or not. */
export const DriverChecklistItem = z.object({
  key: z.enum(['vehicle', 'driving_licence', 'insurance', 'submitted', 'approved', 'payouts']),
  label: z.string(),
  done: z.boolean(),
});
export type DriverChecklistItem = z.infer<typeof DriverChecklistItem>;

/** What the driver and an admin both see of a driver profile. */
export const DriverProfileOutput = z.object({
  id: z.uuid(),
  vehicleType: VehicleType,
  vehiclePlate: z.string().nullable(),
  verificationStatus: DriverVerificationStatus,
  /** Why the profile was rejected or suspended, as the admin wrote it. */
  statusReason: z.string().nullable(),
  submittedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  stripePayoutsEnabled: z.boolean(),
  documents: z.array(DriverDocumentOutput),
  /** Why the driver may not go online now (null: they may). */
  goOnlineProblem: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type DriverProfileOutput = z.infer<typeof DriverProfileOutput>;

/** The signed-in driver's own profile, with what the onboarding screens show. */
export const OwnDriverOutput = DriverProfileOutput.extend({
  /** What `submit` still needs, in words (empty: ready, or nothing to submit). */
  missing: z.array(z.string()),
  checklist: z.array(DriverChecklistItem),
});
export type OwnDriverOutput = z.infer<typeof OwnDriverOutput>;
