/** Reviews: a customer rates a delivered order once; kitchens' pages list them. */
import { TRPCError } from '@trpc/server';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import { chefs, drivers, orders, reviews, users, type Database, type Review } from '@homechef/db';
import type {
  CreateReviewInput,
  DriverRatingOutput,
  KitchenReviewOutput,
  KitchenReviewsInput,
  ReviewOutput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor } from '../../context.ts';
import { decodeTimeCursor, encodeTimeCursor } from '../../shared/cursor.ts';
import { pageOf, type Page } from '../../shared/pagination.ts';
import { listedCondition } from '../chefs/index.ts';
import { lockRated, refreshChefRating, refreshDriverRating } from './aggregates.ts';

const orderNotFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'No such order' });

export function toReviewOutput(row: Review): ReviewOutput {
  return {
    id: row.id,
    orderId: row.orderId,
    chefRating: row.chefRating,
    driverRating: row.driverRating,
    comment: row.comment,
    createdAt: row.createdAt,
  };
}

/** The first word of a name: what a kitchen's page shows of the customer. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || 'A customer';
}

/**
 * The customer's review of their delivered order, with the kitchen's and the driver's averages
 * brought up to date in the same transaction. Someone else's order is NOT_FOUND, an order not
 * delivered yet PRECONDITION_FAILED, a second review CONFLICT.
 */
export async function createReview(
  db: Database,
  actor: Actor,
  input: z.output<typeof CreateReviewInput>,
): Promise<ReviewOutput> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({
        id: orders.id,
        customerId: orders.customerId,
        chefId: orders.chefId,
        driverId: orders.driverId,
        status: orders.status,
      })
      .from(orders)
      .where(eq(orders.id, input.orderId));
    if (!order || order.customerId !== actor.userId) throw orderNotFound();
    if (order.status !== 'delivered') {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'You can rate an order once it has been delivered',
      });
    }
    const driverRating = input.driverRating ?? null;
    if (driverRating !== null && !order.driverId) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'This order had no driver to rate',
      });
    }
    const rateDriver = order.driverId !== null && driverRating !== null;
    await lockRated(tx, order.chefId, rateDriver ? order.driverId : null);
    // A second review of the order (two tabs at once included) waits on the unique index and
    // then inserts nothing.
    const [review] = await tx
      .insert(reviews)
      .values({
        orderId: order.id,
        customerId: actor.userId,
        chefId: order.chefId,
        driverId: order.driverId,
        chefRating: input.chefRating,
        driverRating,
        comment: input.comment,
      })
      .onConflictDoNothing({ target: reviews.orderId })
      .returning();
    if (!review) {
      throw new TRPCError({ code: 'CONFLICT', message: 'You have already rated this order' });
    }
    await refreshChefRating(tx, order.chefId);
    if (rateDriver && order.driverId) await refreshDriverRating(tx, order.driverId);
    return toReviewOutput(review);
  });
}

/** The customer's own review of their order (null: not rated yet); others' orders NOT_FOUND. */
export async function reviewForOrder(
  db: Database,
  actor: Actor,
  orderId: string,
): Promise<{ review: ReviewOutput | null }> {
  const [row] = await db
    .select({ customerId: orders.customerId, review: reviews })
    .from(orders)
    .leftJoin(reviews, eq(reviews.orderId, orders.id))
    .where(eq(orders.id, orderId));
  if (!row || row.customerId !== actor.userId) throw orderNotFound();
  return { review: row.review ? toReviewOutput(row.review) : null };
}

/**
 * A kitchen's reviews, newest first, paged by (created_at, id). Listed kitchens only, except for
 * their own chef and admins, as the kitchen's page.
 */
export async function kitchenReviews(
  db: Database,
  actor: Actor | null,
  input: z.output<typeof KitchenReviewsInput>,
  now = new Date(),
): Promise<Page<KitchenReviewOutput>> {
  const [kitchen] = await db
    .select({
      userId: chefs.userId,
      isListed: sql<boolean>`coalesce(${listedCondition(undefined, now)}, false)`,
    })
    .from(chefs)
    .where(eq(chefs.id, input.chefId));
  const mayPreview =
    actor?.role === 'admin' || (actor?.role === 'chef' && actor.userId === kitchen?.userId);
  if (!kitchen || (!kitchen.isListed && !mayPreview)) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Kitchen not found' });
  }
  // Cursors carry milliseconds; ordering and comparing at that precision skips no review.
  const createdMs = sql`date_trunc('milliseconds', ${reviews.createdAt})`;
  const after = input.cursor ? decodeTimeCursor(input.cursor) : null;
  const rows = await db
    .select({
      id: reviews.id,
      rating: reviews.chefRating,
      comment: reviews.comment,
      createdAt: reviews.createdAt,
      name: users.name,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.customerId))
    .where(
      and(
        eq(reviews.chefId, input.chefId),
        after
          ? sql`(${createdMs}, ${reviews.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(createdMs), desc(reviews.id))
    .limit(input.limit + 1);
  return pageOf(
    rows,
    input.limit,
    (r) => ({
      id: r.id,
      rating: r.rating,
      comment: r.comment,
      authorName: firstName(r.name),
      createdAt: r.createdAt,
    }),
    (last) => encodeTimeCursor(last.createdAt, last.id),
  );
}

/**
 * A driver's ratings for the admin, by the driver's id or their user's id (uuids never collide);
 * anything else is NOT_FOUND.
 */
export async function driverRating(db: Database, id: string): Promise<DriverRatingOutput> {
  const [row] = await db
    .select({
      driverId: drivers.id,
      userId: drivers.userId,
      ratingAvg: drivers.ratingAvg,
      ratingCount: drivers.ratingCount,
    })
    .from(drivers)
    .where(or(eq(drivers.id, id), eq(drivers.userId, id)));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such driver' });
  return row;
}
