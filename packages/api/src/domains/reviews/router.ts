import type { TRPCRouterRecord } from '@trpc/server';
import {
  CreateReviewInput,
  DriverRatingOutput,
  IdInput,
  KitchenReviewOutput,
  KitchenReviewsInput,
  OrderIdInput,
  Page,
  ReviewForOrderOutput,
  ReviewOutput,
} from '@homechef/validators';
import { adminProcedure, customerProcedure, publicProcedure } from '../../trpc.ts';
import { createReview, driverRating, kitchenReviews, reviewForOrder } from './reviews.ts';

/** Mounted as `reviews.*`. */
export const reviewsRouter = {
  /**
   * Rate your delivered order once: 1–5 stars for the kitchen, for the driver when one carried it,
   * and an optional comment; the averages update at once.
   */
  create: customerProcedure
    .input(CreateReviewInput)
    .output(ReviewOutput)
    .mutation(({ ctx, input }) => createReview(ctx.db, ctx.actor, input)),

  /** Your review of one of your orders, or null when you have not rated it. */
  forOrder: customerProcedure
    .input(OrderIdInput)
    .output(ReviewForOrderOutput)
    .query(({ ctx, input }) => reviewForOrder(ctx.db, ctx.actor, input.orderId)),

  /**
   * A listed kitchen’s reviews, newest first, paged by cursor: stars, comment and the customer’s
   * first name.
   */
  forKitchen: publicProcedure
    .input(KitchenReviewsInput)
    .output(Page(KitchenReviewOutput))
    .query(({ ctx, input }) => kitchenReviews(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;

/** Mounted into `admin.*`. */
export const adminReviewsRouter = {
  /** A driver’s average rating and number of ratings, by the driver’s id or their user id. */
  driverRating: adminProcedure
    .input(IdInput)
    .output(DriverRatingOutput)
    .query(({ ctx, input }) => driverRating(ctx.db, input.id)),
} satisfies TRPCRouterRecord;
