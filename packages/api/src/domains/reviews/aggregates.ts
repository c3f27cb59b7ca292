/**
 * The rating_avg / rating_count kept on chefs and drivers, recomputed from their reviews in the
 * review's transaction. The rows are locked first (`lockRated`), before the review is written,
 * each in a statement of its own: under READ COMMITTED a later statement then reads every review
 * committed before the lock was granted, so of two reviews of one kitchen at once the second
 * counts both. (A single `update … set avg = (select …)` would not: its subquery keeps the
 * snapshot from before the wait.) Locking before the insert matters too: the review's foreign
 * keys take KEY SHARE locks on the same rows, and two transactions each holding one and then
 * asking for more would deadlock; FOR NO KEY UPDATE does not conflict with KEY SHARE.
 */
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { chefs, drivers, reviews, type Database } from '@homechef/db';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Always the kitchen before the driver, so two reviews never wait on each other in a cycle. */
export async function lockRated(tx: Tx, chefId: string, driverId: string | null): Promise<void> {
  await tx.select({ id: chefs.id }).from(chefs).where(eq(chefs.id, chefId)).for('no key update');
  if (driverId) {
    await tx
      .select({ id: drivers.id })
      .from(drivers)
      .where(eq(drivers.id, driverId))
      .for('no key update');
  }
}

/** Count and mean of `stars` over the reviews matching `where`, as the rating columns hold them. */
async function tally(tx: Tx, stars: AnyPgColumn, where: SQL | undefined) {
  const [row] = await tx
    .select({
      count: sql<number>`count(*)::int`,
      avg: sql<number>`coalesce(avg(${stars}), 0)::float8`,
    })
    .from(reviews)
    .where(where);
  return { ratingAvg: Number(row?.avg ?? 0), ratingCount: Number(row?.count ?? 0) };
}

/** After `lockRated` in the same transaction. */
export async function refreshChefRating(tx: Tx, chefId: string): Promise<void> {
  const rating = await tally(tx, reviews.chefRating, eq(reviews.chefId, chefId));
  await tx.update(chefs).set(rating).where(eq(chefs.id, chefId));
}

/** After `lockRated` in the same transaction; only the reviews that rated the driver count. */
export async function refreshDriverRating(tx: Tx, driverId: string): Promise<void> {
  const rated = and(eq(reviews.driverId, driverId), isNotNull(reviews.driverRating));
  const rating = await tally(tx, reviews.driverRating, rated);
  await tx.update(drivers).set(rating).where(eq(drivers.id, driverId));
}
