/**
 * Column and constraint helpers shared by the schema files. Not re-exported from the
 * schema index: they are building blocks, not tables.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  doublePrecision,
  integer,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
  type PgEnum,
} from 'drizzle-orm/pg-core';
import { MAX_CHEF_DOCUMENT_BYTES } from '@homechef/validators/constants';

export const uuidId = () => uuid('id').primaryKey().defaultRandom();

/** For append-only logs, where insertion order is worth keeping. */
export const serialId = () =>
  bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();

type OnDelete = 'cascade' | 'restrict' | 'set null';

/** A uuid foreign key; `onDelete` is spelled out at every use because it is the decision. */
export const optionalRef = (name: string, target: () => AnyPgColumn, onDelete: OnDelete) =>
  uuid(name).references(target, { onDelete });

export const requiredRef = (name: string, target: () => AnyPgColumn, onDelete: OnDelete) =>
  optionalRef(name, target, onDelete).notNull();

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Set by Drizzle on every `update()`; raw SQL updates must set it themselves. */
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const flag = (name: string, initially = false) => boolean(name).notNull().default(initially);

/** Integer cents; which amounts may be zero or negative is said by the table's checks. */
export const cents = (name: string) => integer(name).notNull();

/** `<table>_<column>_check`: the column is zero or more. */
export const nonNegativeCheck = (table: string, column: AnyPgColumn) =>
  check(`${table}_${column.name}_check`, sql`${column} >= 0`);

/** `<table>_<column>_check`: the column is more than zero (or null). */
export const positiveCheck = (table: string, column: AnyPgColumn) =>
  check(`${table}_${column.name}_check`, sql`${column} > 0`);

/** ISO 4217 code in Stripe's lower-case spelling. */
export const currency = () => char('currency', { length: 3 }).notNull().default('usd');

export const currencyCheck = (table: string, column: AnyPgColumn) =>
  check(`${table}_currency_check`, sql`${column} ~ '^[a-z]{3}$'`);

/**
 * Money moved through Stripe after commit (a refund, a driver's transfer, a reversal of one):
 * a positive amount in a currency, and Stripe's id for it once Stripe answered (unique).
 */
export const movementColumns = () => ({ amountCents: cents('amount_cents'), currency: currency() });

export const movementChecks = (
  table: string,
  stripeId: AnyPgColumn,
  t: { amountCents: AnyPgColumn; currency: AnyPgColumn },
) => [
  uniqueIndex(`${table}_${stripeId.name}_key`).on(stripeId),
  positiveCheck(table, t.amountCents),
  currencyCheck(table, t.currency),
];

export const latitude = (name: string) => doublePrecision(name);
export const longitude = (name: string) => doublePrecision(name);

/** Range checks for a lat/lng pair; a nullable pair must be both set or both null. */
export function coordinateChecks(table: string, lat: AnyPgColumn, lng: AnyPgColumn, prefix = '') {
  const checks = [
    check(`${table}_${prefix}lat_check`, sql`${lat} between -90 and 90`),
    check(`${table}_${prefix}lng_check`, sql`${lng} between -180 and 180`),
  ];
  if (!lat.notNull || !lng.notNull) {
    checks.push(
      check(`${table}_${prefix}lat_lng_pair_check`, sql`(${lat} is null) = (${lng} is null)`),
    );
  }
  return checks;
}

/** `ARRAY['a','b']::text[]` from a constant list (the values are code, never user input). */
export function textArrayLiteral(values: readonly string[]): SQL {
  for (const v of values) {
    if (!/^[a-z_]+$/.test(v)) throw new Error(`unexpected array literal value: ${v}`);
  }
  return sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`);
}

/** Running average of 1–5 star reviews, kept on chefs and drivers for sorting and display. */
export const ratingColumns = () => ({
  ratingAvg: real('rating_avg').notNull().default(0),
  ratingCount: integer('rating_count').notNull().default(0),
});

export const ratingChecks = (table: string, avg: AnyPgColumn, count: AnyPgColumn) => [
  check(`${table}_rating_avg_check`, sql`${avg} between 0 and 5`),
  nonNegativeCheck(table, count),
];

/**
 * The Stripe Express account someone is paid through and whether Stripe lets it receive
 * payouts, as last reported by Stripe's account webhooks.
 */
export const stripeAccountColumns = () => ({
  stripeAccountId: text('stripe_account_id'),
  stripePayoutsEnabled: flag('stripe_payouts_enabled'),
  /** When the stripe_* columns were read from Stripe (the read's start, database clock). */
  stripeSyncedAt: timestamptz('stripe_synced_at'),
});

/**
 * The review of an application (a kitchen's, a driver's) by an admin: its status under the
 * table's own enum, why it was last rejected, and when it was submitted and approved.
 */
export const verificationColumns = <Status extends [string, ...string[]]>(
  status: PgEnum<Status>,
) => ({
  verificationStatus: status('verification_status').notNull().default('draft'),
  rejectionReason: text('rejection_reason'),
  submittedAt: timestamptz('submitted_at'),
  approvedAt: timestamptz('approved_at'),
});

export const stripeAccountIndex = (table: string, accountId: AnyPgColumn) =>
  uniqueIndex(`${table}_stripe_account_id_key`).on(accountId);

/**
 * A stored upload (a kitchen's or driver's document, a delivery photo): its name and type as
 * sent, its size, where the file store keeps it, its SHA-256 and when it came.
 */
export const uploadedFileColumns = () => ({
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  storageKey: text('storage_key').notNull(),
  /** Lower-case hex SHA-256 of the file, for integrity and de-duplication. */
  sha256: char('sha256', { length: 64 }).notNull(),
  uploadedAt: timestamptz('uploaded_at').notNull().defaultNow(),
});

/** One file per storage key, a size within the upload limit, a well-formed SHA-256. */
export const uploadedFileChecks = (
  table: string,
  t: { sizeBytes: AnyPgColumn; storageKey: AnyPgColumn; sha256: AnyPgColumn },
) => [
  uniqueIndex(`${table}_storage_key_key`).on(t.storageKey),
  check(
    `${table}_size_bytes_check`,
    sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= ${sql.raw(String(MAX_CHEF_DOCUMENT_BYTES))}`,
  ),
  check(`${table}_sha256_check`, sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
];
