/** Inputs and outputs of ordering: carts, quotes, orders and their status streams. */
import { z } from 'zod';
import { PostalAddress } from './auth.ts';
import { Id, Instant, MultiLineText, PageInput, SingleLineText } from './common.ts';
import { ORDER_STATUSES, VEHICLE_TYPES } from './constants.ts';

/** Most of one dish in one order, and most lines in a cart: a household meal, not catering. */
export const MAX_ITEM_QUANTITY = 20;
export const MAX_CART_LINES = 30;
/** A tip above this is almost certainly a typo (cents). */
export const MAX_TIP_CENTS = 20_000;
/** How far ahead a meal can be scheduled. */
export const MAX_SCHEDULE_DAYS = 7;
export const MIN_PREP_MINUTES = 5;
export const MAX_PREP_MINUTES = 240;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CartLine = z.object({
  menuItemId: Id,
  quantity: z
    .number()
    .int()
    .min(1, 'At least one')
    .max(MAX_ITEM_QUANTITY, `At most ${MAX_ITEM_QUANTITY} of one dish`),
  optionIds: z.array(Id).max(20).default([]),
  notes: MultiLineText().max(300).nullish(),
});
export type CartLine = z.input<typeof CartLine>;

/** A typed address (with coordinates from the geocoder) or a saved one by id. */
export const DeliveryAddress = z.union([
  PostalAddress.extend({ instructions: MultiLineText().max(500).nullish() }),
  z.object({ addressId: Id }),
]);
export type DeliveryAddress = z.input<typeof DeliveryAddress>;

export const QuoteInput = z.object({
  chefId: Id,
  items: z
    .array(CartLine)
    .min(1, 'The cart is empty')
    .max(MAX_CART_LINES, `At most ${MAX_CART_LINES} lines`),
  deliveryAddress: DeliveryAddress,
  tipCents: z
    .number()
    .int()
    .min(0, 'A tip cannot be negative')
    .max(MAX_TIP_CENTS, `At most $${MAX_TIP_CENTS / 100}`)
    .default(0),
  /** Null or absent: as soon as possible. */
  scheduledFor: Instant.nullish(),
});
export type QuoteInput = z.input<typeof QuoteInput>;

export const PlaceOrderInput = QuoteInput.extend({
  /** Made by the client once per checkout attempt: a retry with it returns the same order. */
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid idempotency key'),
});
export type PlaceOrderInput = z.input<typeof PlaceOrderInput>;

export const QUOTE_PROBLEM_CODES = [
  'kitchen_unavailable',
  'kitchen_paused',
  'kitchen_closed',
  'outside_delivery_radius',
  'item_not_found',
  'item_unavailable',
  'item_sold_out',
  'invalid_options',
  'daily_cap_reached',
  'weekly_cap_reached',
  'below_lead_time',
  'too_far_ahead',
  'currency_mismatch',
] as const;

/** Why a cart cannot be ordered as it is, in words a customer can act on. */
export const QuoteProblem = z.object({
  code: z.enum(QUOTE_PROBLEM_CODES),
  message: z.string(),
  /** The cart line (index) the problem is about, when it is about one. */
  line: z.number().int().nullable(),
});
export type QuoteProblem = z.infer<typeof QuoteProblem>;

export const QuoteLineOutput = z.object({
  menuItemId: z.uuid(),
  name: z.string(),
  quantity: z.number().int(),
  /** Dish price plus the chosen options' deltas. */
  unitPriceCents: z.number().int(),
  lineTotalCents: z.number().int(),
  options: z.array(z.object({ id: z.uuid(), group: z.string(), name: z.string() })),
});

export const QuoteOutput = z.object({
  lines: z.array(QuoteLineOutput),
  subtotalCents: z.number().int(),
  deliveryFeeCents: z.number().int(),
  tipCents: z.number().int(),
  /** The platform's share of the food, already inside the subtotal (shown, not added). */
  platformFeeCents: z.number().int(),
  totalCents: z.number().int(),
  currency: z.string(),
  distanceM: z.number().int().nullable(),
  /** When the food should be ready: now plus the kitchen's lead time, or the chosen slot. */
  readyBy: z.date(),
  problems: z.array(QuoteProblem),
});
export type QuoteOutput = z.infer<typeof QuoteOutput>;

export const PlaceOrderOutput = z.object({
  orderId: z.uuid(),
  /** The hosted payment page; null once the order is paid or over. */
  checkoutUrl: z.url().nullable(),
});

export const OrderIdInput = z.object({ orderId: Id });
export const AcceptOrderInput = OrderIdInput.extend({
  prepMinutes: z
    .number()
    .int()
    .min(MIN_PREP_MINUTES, `At least ${MIN_PREP_MINUTES} minutes`)
    .max(MAX_PREP_MINUTES, `At most ${MAX_PREP_MINUTES} minutes`),
});
export const OrderReason = SingleLineText().min(3, 'Give a reason').max(300);
export const RejectOrderInput = OrderIdInput.extend({ reason: OrderReason });
export const CancelOrderInput = OrderIdInput.extend({ reason: OrderReason.nullish() });
export const RefundOrderInput = OrderIdInput.extend({
  /** Null: everything not refunded yet. */
  amountCents: z.number().int().min(1, 'At least one cent').nullish(),
  reason: OrderReason,
  /**
   * The delivery itself failed (a delivered order only): the driver gives back their part of
   * this refund from their transfer. Left out: the kitchen and the platform bear it.
   */
  driverAtFault: z.boolean().optional(),
});

export const ListOrdersInput = z.object({
  ...PageInput,
  status: z.array(z.enum(ORDER_STATUSES)).max(ORDER_STATUSES.length).optional(),
  /** Placed on or after / before. */
  from: Instant.optional(),
  to: Instant.optional(),
});
export type ListOrdersInput = z.input<typeof ListOrdersInput>;

/** Every order on the platform, for admins: by kitchen and customer too. */
export const AdminListOrdersInput = ListOrdersInput.extend({
  chefId: Id.optional(),
  customerId: Id.optional(),
});
export type AdminListOrdersInput = z.input<typeof AdminListOrdersInput>;

export const OrderStatusEventOutput = z.object({
  id: z.number().int(),
  orderId: z.uuid(),
  from: z.enum(ORDER_STATUSES).nullable(),
  to: z.enum(ORDER_STATUSES),
  actorRole: z.string(),
  reason: z.string().nullable(),
  at: z.date(),
});
export type OrderStatusEventOutput = z.infer<typeof OrderStatusEventOutput>;

export const OrderLineOutput = z.object({
  id: z.uuid(),
  menuItemId: z.uuid(),
  name: z.string(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
  lineTotalCents: z.number().int(),
  notes: z.string().nullable(),
  options: z.array(z.object({ group: z.string(), name: z.string(), priceDeltaCents: z.number() })),
});

export const OrderSummaryOutput = z.object({
  id: z.uuid(),
  shortCode: z.string(),
  status: z.enum(ORDER_STATUSES),
  chef: z.object({ id: z.uuid(), businessName: z.string() }),
  customerName: z.string(),
  itemCount: z.number().int(),
  totalCents: z.number().int(),
  currency: z.string(),
  scheduledFor: z.date().nullable(),
  estimatedReadyAt: z.date().nullable(),
  placedAt: z.date(),
  statusChangedAt: z.date(),
  /** The customer has rated the order (reviews.create). */
  reviewed: z.boolean(),
});
export type OrderSummaryOutput = z.infer<typeof OrderSummaryOutput>;

export const RefundOutput = z.object({
  id: z.uuid(),
  amountCents: z.number().int(),
  status: z.string(),
  reason: z.string().nullable(),
  /** Borne in part by the driver (their transfer reversed). */
  driverAtFault: z.boolean(),
  createdAt: z.date(),
});

/** Where an order goes: the snapshot taken when it was placed. */
export const OrderDeliveryOutput = z.object({
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  postalCode: z.string(),
  instructions: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
});

export const OrderOutput = OrderSummaryOutput.extend({
  lines: z.array(OrderLineOutput),
  subtotalCents: z.number().int(),
  deliveryFeeCents: z.number().int(),
  tipCents: z.number().int(),
  platformFeeCents: z.number().int(),
  refundedCents: z.number().int(),
  delivery: OrderDeliveryOutput,
  kitchen: z.object({ lat: z.number().nullable(), lng: z.number().nullable() }),
  notes: z.string().nullable(),
  checkoutUrl: z.string().nullable(),
  /** The 4 digits the customer tells the driver at the door; for the customer and admins only. */
  deliveryCode: z.string().nullable(),
  history: z.array(OrderStatusEventOutput),
  refunds: z.array(RefundOutput),
  /** A driver carried (or carries) it: the review form then asks for the driver's stars too. */
  hasDriver: z.boolean(),
  /** Nobody opened: the driver left it at the door with a photo (`orders.deliveryPhotoUrl`). */
  leftAtDoor: z.boolean(),
  /** What the caller may do now (`cancel`, `accept`, …), so screens show only live buttons. */
  actions: z.array(z.string()),
});
export type OrderOutput = z.infer<typeof OrderOutput>;

export const OnStatusInput = z.object({
  orderId: Id,
  /** The id of the last event received: only later ones are sent. */
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/)
    .nullish(),
});

export const OnKitchenQueueInput = z.object({
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/)
    .nullish(),
});

/** Each status as customers, chefs and admins read it. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Awaiting payment',
  payment_confirmed: 'Paid, waiting for the kitchen',
  accepted: 'Accepted by the kitchen',
  rejected: 'Declined by the kitchen',
  preparing: 'Being prepared',
  ready_for_pickup: 'Ready for pickup',
  assigned_to_driver: 'Driver on the way to the kitchen',
  picked_up: 'Picked up',
  in_transit: 'On the way to you',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

/** The short code people read out at a handoff: the first 6 hex digits of the id. */
export function orderShortCode(orderId: string): string {
  return orderId.replaceAll('-', '').slice(0, 6).toUpperCase();
}

/** The chef's day at a glance: what is left to sell and how many orders sit in each column. */
export const KitchenTodayOutput = z.object({
  date: z.string(),
  timezone: z.string(),
  mealsToday: z.number().int(),
  maxMealsPerDay: z.number().int().nullable(),
  mealsThisWeek: z.number().int(),
  maxMealsPerWeek: z.number().int().nullable(),
  dishes: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      dailyQuantity: z.number().int().nullable(),
      soldToday: z.number().int(),
      isAvailable: z.boolean(),
    }),
  ),
});
export type KitchenTodayOutput = z.infer<typeof KitchenTodayOutput>;

export const EarningsInput = z.object({
  /** How many days back, ending today in the kitchen's time zone. */
  days: z.number().int().min(1).max(366).default(28),
});

export const EarningsPeriod = z.object({
  /** The day (YYYY-MM-DD) or the Monday of the week. */
  start: z.string(),
  orders: z.number().int(),
  /** Food sold, before the platform's share. */
  foodCents: z.number().int(),
  platformFeeCents: z.number().int(),
  refundedCents: z.number().int(),
  /** What the kitchen keeps: its share less what refunds took back. */
  netCents: z.number().int(),
});

export const EarningsOutput = z.object({
  currency: z.string(),
  days: z.array(EarningsPeriod),
  weeks: z.array(EarningsPeriod),
  total: EarningsPeriod,
});
export type EarningsOutput = z.infer<typeof EarningsOutput>;

export const LedgerEntryOutput = z.object({
  id: z.number().int(),
  entryGroup: z.uuid(),
  account: z.string(),
  amountCents: z.number().int(),
  currency: z.string(),
  stripeObjectId: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.date(),
});

/** What an admin sees of an order's money besides the customer's view. */
export const AdminOrderOutput = z.object({
  order: OrderOutput,
  customer: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  /** The driver of the order's active assignment (null before one takes it). */
  driver: z
    .object({ id: z.uuid(), name: z.string(), vehicleType: z.enum(VEHICLE_TYPES) })
    .nullable(),
  payment: z
    .object({
      stripePaymentIntentId: z.string(),
      amountCents: z.number().int(),
      applicationFeeCents: z.number().int(),
      status: z.string(),
      destinationAccountId: z.string(),
    })
    .nullable(),
  ledger: z.array(LedgerEntryOutput),
});
export type AdminOrderOutput = z.infer<typeof AdminOrderOutput>;
