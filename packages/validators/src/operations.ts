/** The admin operations snapshot: drivers on shift, orders waiting, offers out, dispatch rounds. */
import { z } from 'zod';
import { Id } from './common.ts';
import { ORDER_STATUSES, VEHICLE_TYPES } from './constants.ts';

/** Most rows of each list in one snapshot; `total` says how many there are in all. */
export const OPERATIONS_LIMITS = { drivers: 300, orders: 200, offers: 200, rounds: 20 } as const;

/** An on-shift driver's activity: free with nothing offered, answering an offer, or on a job. */
export const DRIVER_ACTIVITIES = ['idle', 'offered', 'busy'] as const;
export type DriverActivity = (typeof DRIVER_ACTIVITIES)[number];

const Point = z.object({ lat: z.number(), lng: z.number() });

/** Up to a limit of rows; `truncated` when `total` is more than `items` holds. */
const Bounded = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), truncated: z.boolean() });

export const OperationsDriver = z.object({
  id: Id,
  name: z.string(),
  vehicleType: z.enum(VEHICLE_TYPES),
  vehiclePlate: z.string().nullable(),
  activity: z.enum(DRIVER_ACTIVITIES),
  /** The latest position (null before the first ping of the shift). */
  position: Point.nullable(),
  /** When that position was taken, or the server last heard from the driver. */
  lastPingAt: z.date().nullable(),
  /** Dispatch takes the driver into rounds only while the position is this fresh. */
  fresh: z.boolean(),
});
export type OperationsDriver = z.infer<typeof OperationsDriver>;

export const OperationsOrder = z.object({
  id: Id,
  shortCode: z.string(),
  status: z.enum(ORDER_STATUSES),
  kitchen: z.object({ id: Id, name: z.string(), lat: z.number(), lng: z.number() }),
  /** The drop-off rounded to about 100 m: where it goes, not the door. */
  dropoffArea: Point,
  placedAt: z.date(),
  /** When the food is (or is expected to be) ready: from then on the order waits. */
  readyAt: z.date(),
  /** Seconds since `readyAt`; 0 while the food is not ready yet. */
  waitingSeconds: z.number().int(),
  /** Offers of this order the drivers have not answered yet. */
  pendingOffers: z.number().int(),
});
export type OperationsOrder = z.infer<typeof OperationsOrder>;

export const OperationsOffer = z.object({
  id: Id,
  orderId: Id,
  shortCode: z.string(),
  kitchenName: z.string(),
  driverId: Id,
  driverName: z.string(),
  round: z.number().int(),
  createdAt: z.date(),
  expiresAt: z.date(),
});
export type OperationsOffer = z.infer<typeof OperationsOffer>;

export const OperationsRound = z.object({
  id: z.number().int(),
  startedAt: z.date(),
  /** The last round folded into this row: idle rounds in a row share one. */
  lastStartedAt: z.date(),
  rounds: z.number().int(),
  /** The round's duration; of folded rounds, the longest. */
  durationMs: z.number().int(),
  totalMs: z.number().int(),
  waiting: z.number().int(),
  driversFree: z.number().int(),
  planned: z.number().int(),
  offers: z.number().int(),
  held: z.number().int(),
  expired: z.number().int(),
  failed: z.boolean(),
});
export type OperationsRound = z.infer<typeof OperationsRound>;

export const OperationsOutput = z.object({
  /** The server's clock when the snapshot was taken (countdowns run from it). */
  at: z.date(),
  drivers: Bounded(OperationsDriver),
  waitingOrders: Bounded(OperationsOrder),
  offers: Bounded(OperationsOffer),
  rounds: z.object({
    recent: z.array(OperationsRound),
    /** Over the rounds of the last `windowMinutes`. */
    summary: z.object({
      windowMinutes: z.number().int(),
      rounds: z.number().int(),
      failed: z.number().int(),
      avgMs: z.number().int().nullable(),
      p95Ms: z.number().int().nullable(),
      maxMs: z.number().int().nullable(),
      offers: z.number().int(),
      held: z.number().int(),
      expired: z.number().int(),
    }),
  }),
});
export type OperationsOutput = z.infer<typeof OperationsOutput>;
