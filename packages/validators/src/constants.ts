/**
 * Value lists and limits that the database schema and the API's validation share: one
 * source, imported by both (this file depends on nothing, so the schema can import it).
 */

export const USER_ROLES = ['customer', 'chef', 'driver', 'admin'] as const;
export const USER_STATUSES = ['active', 'suspended', 'deleted'] as const;

/** Every code written to admin_actions.action (a dotted verb on the target). */
export const AUDIT_ACTIONS = [
  'chef.approve',
  'chef.reject',
  'chef.suspend',
  'chef.reinstate',
  'driver.approve',
  'driver.reject',
  'driver.suspend',
  'driver.reinstate',
  'user.suspend',
  'user.reinstate',
  'order.cancel',
  'order.refund',
  'order.assign_driver',
] as const;

/** Tags a chef may put on a dish (the CHECK on menu_items.dietary_tags uses this list). */
export const DIETARY_TAGS = [
  'vegetarian',
  'vegan',
  'pescatarian',
  'halal',
  'kosher',
  'gluten_free',
  'dairy_free',
  'nut_free',
  'egg_free',
  'low_carb',
  'spicy',
] as const;

/** The 14 allergens that EU/UK law requires a food business to declare. */
export const ALLERGENS = [
  'celery',
  'cereals_containing_gluten',
  'crustaceans',
  'eggs',
  'fish',
  'lupin',
  'milk',
  'molluscs',
  'mustard',
  'tree_nuts',
  'peanuts',
  'sesame',
  'soybeans',
  'sulphites',
] as const;

export const CHEF_VERIFICATION_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'suspended',
] as const;
export const CHEF_DOCUMENT_KINDS = [
  'food_safety_certificate',
  'permit',
  'insurance',
  'other',
] as const;
export const CHEF_DOCUMENT_STATUSES = ['pending', 'accepted', 'rejected'] as const;

export const MAX_DELIVERY_RADIUS_M = 50_000;
export const MAX_CHEF_DOCUMENT_BYTES = 10 * 1024 * 1024;

// Value lists of the order, payment and delivery tables (their pgEnums derive from these).
export const PAYMENT_STATUSES = [
  'requires_payment_method',
  'requires_confirmation',
  'processing',
  'succeeded',
  'canceled',
  'failed',
] as const;
export const REFUND_STATUSES = ['pending', 'succeeded', 'failed', 'canceled'] as const;
export const TRANSFER_STATUSES = ['pending', 'paid', 'failed', 'reversed'] as const;
export const LEDGER_ACCOUNTS = [
  'customer_charge',
  'chef_share',
  'driver_share',
  'platform_fee',
  'refund',
] as const;
export const VEHICLE_TYPES = ['bicycle', 'scooter', 'motorcycle', 'car'] as const;
export const DRIVER_STATUSES = ['offline', 'online', 'busy', 'suspended'] as const;
/** A driver's application, moderated like a kitchen's; only `approved` may go online. */
export const DRIVER_VERIFICATION_STATUSES = CHEF_VERIFICATION_STATUSES;
/** Vehicles with a registration plate (a bicycle has none). */
export const MOTOR_VEHICLE_TYPES = ['scooter', 'motorcycle', 'car'] as const;
/** What a driver uploads before submitting: both are required. */
export const DRIVER_DOCUMENT_KINDS = ['driving_licence', 'insurance'] as const;
/** A driver's photo of an order left at the door (a JPEG or PNG; not part of the profile). */
export const DELIVERY_PHOTO_KIND = 'delivery_photo';
/** Everything a driver may upload: the profile's documents and delivery photos. */
export const DRIVER_UPLOAD_KINDS = [...DRIVER_DOCUMENT_KINDS, DELIVERY_PHOTO_KIND] as const;
export const DELIVERY_OFFER_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'expired',
  'cancelled',
] as const;
export const ORDER_STATUSES = [
  'pending',
  'payment_confirmed',
  'accepted',
  'rejected',
  'preparing',
  'ready_for_pickup',
  'assigned_to_driver',
  'picked_up',
  'in_transit',
  'delivered',
  'cancelled',
  'refunded',
] as const;
export const ACTOR_ROLES = ['customer', 'chef', 'driver', 'admin', 'system', 'stripe'] as const;

/** Days as `weekday` numbers hold them: 0 is Sunday (PostgreSQL's `extract(dow ...)`). */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** What an audit entry can be about (admin_actions.target_type). */
export const AUDIT_TARGET_TYPES = ['chef', 'driver', 'user', 'order', 'document'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** Largest page a list procedure hands back, and the page it hands back unless asked. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Why a driver's shift ended: they went offline, or their pings stopped. */
export const SHIFT_END_REASONS = ['went_offline', 'no_pings'] as const;

/** Why a ping was dropped as implausible (see docs/tracking.md). */
export const PING_DROP_REASONS = [
  'too_fast',
  'inaccurate',
  'in_future',
  'too_old',
  'out_of_order',
] as const;
export type PingDropReason = (typeof PING_DROP_REASONS)[number];

/** Order statuses during which the customer sees the driver on the map. */
export const TRACKED_ORDER_STATUSES = ['assigned_to_driver', 'picked_up', 'in_transit'] as const;
/** An admin may give an order to a driver (or another driver) until it is picked up. */
export const DRIVER_ASSIGNABLE_STATUSES = [
  'accepted',
  'preparing',
  'ready_for_pickup',
  'assigned_to_driver',
] as const;

/** Typical urban speeds (m/s) for the straight-line ETA on the order page. */
export const VEHICLE_SPEEDS_MPS = {
  bicycle: 4.5,
  scooter: 7,
  motorcycle: 9,
  car: 8,
} as const satisfies Record<(typeof VEHICLE_TYPES)[number], number>;
