/**
 * The rating_avg / rating_count kept on chefs and drivers, recomputed from their reviews in the
 * review's transaction. The row is locked first, in a statement of its own: under READ COMMITTED
 * the next statement then reads every review committed before the lock was granted, so of two
 * reviews of one kitchen at once the second to lock counts both. (A single `update … set avg =
 * (select …)` would not: its subquery keeps the snapshot from before the wait.)
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { chefs, drivers, reviews, type Database } from '@homechef/db';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export async function refreshChefRating(tx: Tx, chefId: string): Promise<void> {
  await tx.select({ id: chefs.id }).from(chefs).where(eq(chefs.id, chefId)).for('update');
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

export async function refreshDriverRating(tx: Tx, driverId: string): Promise<void> {
  await tx.select({ id: drivers.id }).from(drivers).where(eq(drivers.id, driverId)).for('update');
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
