/** Inputs and outputs of dispatch: delivery offers, the driver's job and admin assignment. */
import { z } from 'zod';
import { Id, MultiLineText } from './common.ts';
import { ORDER_STATUSES, TRANSFER_STATUSES, VEHICLE_TYPES } from './constants.ts';
import { TimeZone } from './chefs.ts';
import { OrderDeliveryOutput } from './orders.ts';

export const OfferIdInput = z.object({ offerId: Id });
export type OfferIdInput = z.input<typeof OfferIdInput>;

/** The 4 digits the customer reads out at the door. */
export const DeliveryCode = z.string().regex(/^\d{4}$/, 'The delivery code is 4 digits');

export const PickedUpInput = z.object({ orderId: Id });
/**
 * Delivered with the customer's code, or, when nobody opens, with a photo of the order at the
 * door (a `delivery_photo` the driver uploaded through `POST /documents`): one of the two.
 */
export const DeliveredInput = z
  .object({ orderId: Id, code: DeliveryCode.optional(), photoDocumentId: Id.optional() })
  .refine((v) => (v.code === undefined) !== (v.photoDocumentId === undefined), {
    message: 'Give the customer’s delivery code or a photo at the door (one of them)',
    path: ['code'],
  });
export type DeliveredInput = z.output<typeof DeliveredInput>;

export const AssignDriverInput = z.object({
  orderId: Id,
  driverId: Id,
  reason: MultiLineText().min(3, 'Say why').max(500),
});

/** What a driver sees of an offer before accepting: no exact address yet. */
export const OfferOutput = z.object({
  offerId: Id,
  orderId: Id,
  round: z.number().int(),
  kitchenName: z.string(),
  /** The kitchen's neighbourhood: city and postal code. */
  kitchenArea: z.string(),
  dropoffArea: z.string(),
  /** Straight-line metres from the driver to the kitchen, then from the kitchen to the door. */
  toKitchenM: z.number().int(),
  toDropoffM: z.number().int(),
  /** Delivery fee + tip: what the driver is paid for this order. */
  earningsCents: z.number().int(),
  currency: z.string(),
  expiresAt: z.date(),
});
export type OfferOutput = z.infer<typeof OfferOutput>;

export const AcceptOfferOutput = z.object({ orderId: Id, assignmentId: Id });

/** The assigned driver's current job, with the exact address now that it is theirs. */
export const JobOutput = z.object({
  assignmentId: Id,
  orderId: Id,
  status: z.enum(ORDER_STATUSES),
  kitchen: z.object({
    name: z.string(),
    line1: z.string().nullable(),
    city: z.string().nullable(),
    lat: z.number(),
    lng: z.number(),
  }),
  dropoff: OrderDeliveryOutput,
  customerName: z.string(),
  earningsCents: z.number().int(),
  currency: z.string(),
  estimatedReadyAt: z.date().nullable(),
  assignedAt: z.date(),
  arrivedAt: z.date().nullable(),
  pickedUpAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
});
export type JobOutput = z.infer<typeof JobOutput>;

/**
 * The driver of one of the kitchen's orders as the board shows them: first name, vehicle and
 * the estimated drive to the kitchen from their last known position (null when unknown, or
 * once they are there).
 */
export const KitchenDriverOutput = z.object({
  orderId: Id,
  firstName: z.string(),
  vehicleType: z.enum(VEHICLE_TYPES),
  /** Seconds to the kitchen from the driver's last position; null without a position. */
  etaSeconds: z.number().int().nullable(),
  /** When that position was taken. */
  positionAt: z.date().nullable(),
  /** The driver said they are at the kitchen. */
  arrivedAt: z.date().nullable(),
});
export type KitchenDriverOutput = z.infer<typeof KitchenDriverOutput>;

/** A short-lived link to the photo of an order left at the door. */
export const DeliveryPhotoUrlOutput = z.object({ url: z.string(), expiresAt: z.date() });

export const DriverEarningsInput = z.object({
  /** Days back from today, today included. */
  days: z.number().int().min(1).max(90).default(28),
  /** The driver's own time zone, so a late delivery counts on the day it happened for them. */
  timeZone: TimeZone.default('UTC'),
});
export type DriverEarningsInput = z.input<typeof DriverEarningsInput>;

const EarningsSum = z.object({
  deliveries: z.number().int(),
  deliveryFeeCents: z.number().int(),
  tipCents: z.number().int(),
  totalCents: z.number().int(),
});

/** A driver's pay from delivery fees and tips, per week, and each delivery with its transfer. */
export const DriverEarningsOutput = z.object({
  currency: z.string(),
  total: EarningsSum,
  weeks: z.array(EarningsSum.extend({ weekOf: z.string() })),
  deliveries: z.array(
    z.object({
      orderId: Id,
      kitchenName: z.string(),
      dropoffArea: z.string(),
      deliveredAt: z.date(),
      deliveryFeeCents: z.number().int(),
      tipCents: z.number().int(),
      totalCents: z.number().int(),
      /** The Stripe transfer of the pay: pending until Stripe took it, null without an account. */
      transfer: z
        .object({ status: z.enum(TRANSFER_STATUSES), stripeTransferId: z.string().nullable() })
        .nullable(),
    }),
  ),
});
export type DriverEarningsOutput = z.infer<typeof DriverEarningsOutput>;
