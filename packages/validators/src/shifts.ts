/** A driver's shift (online / offline), their position pings and the live location stream. */
import { z } from 'zod';
import { Latitude, Longitude } from './auth.ts';
import {
  DRIVER_STATUSES,
  PING_DROP_REASONS,
  SHIFT_END_REASONS,
  VEHICLE_TYPES,
} from './constants.ts';

export const GoOnlineInput = z
  .object({ lat: Latitude.optional(), lng: Longitude.optional() })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), {
    message: 'Give both lat and lng, or neither',
  });
export type GoOnlineInput = z.input<typeof GoOnlineInput>;

export const GoOfflineInput = z.object({});

export const DriverPingInput = z.object({
  lat: Latitude,
  lng: Longitude,
  /** Radius of the fix's 68% confidence, metres (Geolocation's `coords.accuracy`). */
  accuracyM: z.number().finite().min(0).max(100_000).optional(),
  /** Degrees clockwise from north. */
  heading: z.number().finite().min(0).lt(360).optional(),
  speedMps: z.number().finite().min(0).max(1000).optional(),
  /** When the device took the fix. */
  at: z.date(),
});
export type DriverPingInput = z.input<typeof DriverPingInput>;

export const PingResult = z.discriminatedUnion('accepted', [
  z.object({ accepted: z.literal(true) }),
  z.object({ accepted: z.literal(false), reason: z.enum(PING_DROP_REASONS) }),
]);
export type PingResult = z.infer<typeof PingResult>;

/** A driver's shift as their app shows it. */
export const ShiftState = z.object({
  status: z.enum(DRIVER_STATUSES),
  /** Why the last shift ended; `no_pings`: the server took the driver offline. */
  endedReason: z.enum(SHIFT_END_REASONS).nullable(),
  /** When the current shift started, or the last one ended. */
  since: z.date().nullable(),
  /** Null when the driver may go online; otherwise why not, in words. */
  goOnlineProblem: z.string().nullable(),
});
export type ShiftState = z.infer<typeof ShiftState>;

/** The assigned driver's position as an order's parties see it. */
export const DriverLocationEvent = z.object({
  lat: z.number(),
  lng: z.number(),
  accuracyM: z.number().nullable(),
  heading: z.number().nullable(),
  speedMps: z.number().nullable(),
  at: z.date(),
  vehicleType: z.enum(VEHICLE_TYPES),
});
export type DriverLocationEvent = z.infer<typeof DriverLocationEvent>;
