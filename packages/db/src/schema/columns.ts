/**
 * Column and constraint helpers shared by the schema files. Not re-exported from the
 * schema index: they are building blocks, not tables.
 */
import { sql, type SQL } from 'drizzle-orm';
import { char, check, doublePrecision, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Set by Drizzle on every `update()`; raw SQL updates must set it themselves. */
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** ISO 4217 code in Stripe's lower-case spelling. */
export const currency = () => char('currency', { length: 3 }).notNull().default('usd');

export const currencyCheck = (table: string, column: AnyPgColumn) =>
  check(`${table}_currency_check`, sql`${column} ~ '^[a-z]{3}$'`);

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
