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
import { and, eq, isNotNull, sql } from 'drizzle-orm';
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

/** After `lockRated` in the same transaction. */
export async function refreshChefRating(tx: Tx, chefId: string): Promise<void> {
  const [agg] = await tx
    .select({
      count: sql<number>`count(*)::int`,
      avg: sql<number>`coalesce(avg(${reviews.chefRating}), 0)::float8`,
    })
    .from(reviews)
    .where(eq(reviews.chefId, chefId));
  await tx
    .update(chefs)
    .set({ ratingAvg: Number(agg?.avg ?? 0), ratingCount: Number(agg?.count ?? 0) })
    .where(eq(chefs.id, chefId));
}

/** After `lockRated` in the same transaction. */
export async function refreshDriverRating(tx: Tx, driverId: string): Promise<void> {
  const [agg] = await tx
    .select({
      count: sql<number>`count(*)::int`,
      avg: sql<number>`coalesce(avg(${reviews.driverRating}), 0)::float8`,
    })
    .from(reviews)
    .where(and(eq(reviews.driverId, driverId), isNotNull(reviews.driverRating)));
  await tx
    .update(drivers)
    .set({ ratingAvg: Number(agg?.avg ?? 0), ratingCount: Number(agg?.count ?? 0) })
    .where(eq(drivers.id, driverId));
}
