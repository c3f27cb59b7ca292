/**
 * Rows that ask Stripe for money to move after commit (refunds, driver transfers, reversals
 * of those): written `pending`, sent with the row as Idempotency-Key, then moved from `pending`
 * to the outcome exactly once, so that two sends at once journal it once. A crash or an outage
 * in between leaves the row pending for a timer to send again.
 */
import { and, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database, refunds, transferReversals, transfers } from '@homechef/db';

type StripeRowTable = typeof refunds | typeof transfers | typeof transferReversals;

/** The row `id` while it is still pending: what a send's outcome may move, once. */
function stillPending(table: StripeRowTable, id: string): SQL | undefined {
  return and(eq(table.id, id), eq(table.status, 'pending'));
}

/** Stripe refused for good (see `unlessRefused`): the row says so, unless already settled. */
export async function markRefused(db: Database, table: StripeRowTable, id: string): Promise<void> {
  await db
    .update(table)
    .set({ status: 'failed', updatedAt: sql`now()` })
    .where(stillPending(table, id));
}

/**
 * Records what Stripe answered (`values`: the final status and Stripe's id) on the row, in the
 * transaction that journals it. False when another send settled it first: journal nothing.
 */
export async function markSent<Table extends StripeRowTable>(
  tx: Database,
  table: Table,
  id: string,
  values: PgUpdateSetSource<Table>,
): Promise<boolean> {
  const done = await tx
    .update(table)
    .set({ ...values, updatedAt: sql`now()` })
    .where(stillPending(table, id))
    .returning({ id: table.id });
  return done.length > 0;
}

/**
 * `key` of up to `limit` rows still pending since before `before`: sends that a crash or an
 * outage interrupted, for a timer to make again.
 */
export async function stalledSends(
  db: Database,
  table: StripeRowTable,
  key: AnyPgColumn<{ data: string; notNull: true }>,
  before: Date,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ key })
    .from(table)
    .where(and(eq(table.status, 'pending'), lt(table.createdAt, before)))
    .limit(limit);
  return rows.map((row) => row.key);
}
