import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  time,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  coordinateChecks,
  flag,
  latitude,
  longitude,
  positiveCheck,
  ratingChecks,
  ratingColumns,
  requiredRef,
  stripeAccountColumns,
  stripeAccountIndex,
  timestamps,
  uploadedFileChecks,
  uploadedFileColumns,
  uuidId,
  verificationColumns,
} from './columns.ts';
import { users } from './users.ts';
import {
  CHEF_DOCUMENT_KINDS,
  CHEF_DOCUMENT_STATUSES,
  CHEF_VERIFICATION_STATUSES,
  MAX_DELIVERY_RADIUS_M,
} from '@homechef/validators/constants';

export const chefVerificationStatus = pgEnum(
  'chef_verification_status',
  CHEF_VERIFICATION_STATUSES,
);
export const chefDocumentKind = pgEnum('chef_document_kind', CHEF_DOCUMENT_KINDS);
export const chefDocumentStatus = pgEnum('chef_document_status', CHEF_DOCUMENT_STATUSES);

export type ChefVerificationStatus = (typeof CHEF_VERIFICATION_STATUSES)[number];
export type ChefDocumentKind = (typeof CHEF_DOCUMENT_KINDS)[number];
export type ChefDocumentStatus = (typeof CHEF_DOCUMENT_STATUSES)[number];

export const chefs = pgTable(
  'chefs',
  {
    id: uuidId(),
    userId: requiredRef('user_id', () => users.id, 'restrict'),
    businessName: text('business_name').notNull(),
    bio: text('bio'),
    cuisines: text('cuisines')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    phone: text('phone'),
    kitchenLine1: text('kitchen_line1'),
    kitchenLine2: text('kitchen_line2'),
    kitchenCity: text('kitchen_city'),
    kitchenPostalCode: text('kitchen_postal_code'),
    kitchenCountry: char('kitchen_country', { length: 2 }).notNull().default('US'),
    /** Null only while the application is a draft (see chefs_location_required_check). */
    lat: latitude('lat'),
    lng: longitude('lng'),
    deliveryRadiusM: integer('delivery_radius_m').notNull().default(5000),
    /** IANA zone used to interpret chef_opening_hours. */
    timezone: text('timezone').notNull().default('UTC'),
    isPaused: flag('is_paused'),
    leadTimeMinutes: integer('lead_time_minutes').notNull().default(30),
    ...verificationColumns(chefVerificationStatus),
    ...stripeAccountColumns(),
    stripeChargesEnabled: flag('stripe_charges_enabled'),
    stripeDetailsSubmitted: flag('stripe_details_submitted'),
    /** e.g. MEHKO (California microenterprise home kitchen), CFO_A, CFO_B. */
    permitType: text('permit_type'),
    permitNumber: text('permit_number'),
    permitExpiresOn: date('permit_expires_on', { mode: 'string' }),
    maxMealsPerDay: integer('max_meals_per_day'),
    maxMealsPerWeek: integer('max_meals_per_week'),
    ...ratingColumns(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('chefs_user_id_key').on(t.userId),
    stripeAccountIndex('chefs', t.stripeAccountId),
    index('chefs_discovery_idx').on(t.verificationStatus, t.isPaused),
    index('chefs_location_idx').on(t.lat, t.lng),
    index('chefs_cuisines_idx').using('gin', t.cuisines),
    check(
      'chefs_delivery_radius_check',
      sql`${t.deliveryRadiusM} > 0 and ${t.deliveryRadiusM} <= ${sql.raw(String(MAX_DELIVERY_RADIUS_M))}`,
    ),
    check('chefs_lead_time_check', sql`${t.leadTimeMinutes} >= 0`),
    positiveCheck('chefs', t.maxMealsPerDay),
    positiveCheck('chefs', t.maxMealsPerWeek),
    check(
      'chefs_max_meals_day_le_week_check',
      sql`${t.maxMealsPerDay} is null or ${t.maxMealsPerWeek} is null or ${t.maxMealsPerDay} <= ${t.maxMealsPerWeek}`,
    ),
    ...ratingChecks('chefs', t.ratingAvg, t.ratingCount),
    check('chefs_business_name_check', sql`length(btrim(${t.businessName})) > 0`),
    check(
      'chefs_rejection_reason_check',
      sql`${t.verificationStatus} <> 'rejected' or ${t.rejectionReason} is not null`,
    ),
    check(
      'chefs_location_required_check',
      sql`${t.verificationStatus} = 'draft' or (${t.lat} is not null and ${t.lng} is not null)`,
    ),
    ...coordinateChecks('chefs', t.lat, t.lng),
  ],
);

export const chefDocuments = pgTable(
  'chef_documents',
  {
    id: uuidId(),
    chefId: requiredRef('chef_id', () => chefs.id, 'cascade'),
    kind: chefDocumentKind('kind').notNull(),
    ...uploadedFileColumns(),
    status: chefDocumentStatus('status').notNull().default('pending'),
  },
  (t) => [
    index('chef_documents_chef_id_idx').on(t.chefId),
    ...uploadedFileChecks('chef_documents', t),
  ],
);

/**
 * Weekly opening windows in the chef's timezone. A window whose closes_at is earlier than
 * opens_at runs across midnight into the next weekday (e.g. 18:00–01:00).
 */
export const chefOpeningHours = pgTable(
  'chef_opening_hours',
  {
    id: uuidId(),
    chefId: requiredRef('chef_id', () => chefs.id, 'cascade'),
    /** 0 = Sunday … 6 = Saturday (as `extract(dow ...)`). */
    weekday: smallint('weekday').notNull(),
    opensAt: time('opens_at').notNull(),
    closesAt: time('closes_at').notNull(),
  },
  (t) => [
    index('chef_opening_hours_chef_id_idx').on(t.chefId, t.weekday),
    check('chef_opening_hours_weekday_check', sql`${t.weekday} between 0 and 6`),
    check('chef_opening_hours_window_check', sql`${t.opensAt} <> ${t.closesAt}`),
  ],
);

export type Chef = typeof chefs.$inferSelect;
export type NewChef = typeof chefs.$inferInsert;
export type ChefDocument = typeof chefDocuments.$inferSelect;
export type NewChefDocument = typeof chefDocuments.$inferInsert;
export type ChefOpeningHours = typeof chefOpeningHours.$inferSelect;
export type NewChefOpeningHours = typeof chefOpeningHours.$inferInsert;
