/** Reviews of a delivered order: stars for the kitchen and the driver, an optional comment. */
import { z } from 'zod';
import { Cursor, Id, MultiLineText } from './common.ts';

export const REVIEW_COMMENT_MAX = 1000;
export const REVIEWS_PAGE_SIZE = 10;

/** Whole stars from 1 to 5. */
export const Stars = z
  .number({ error: 'Choose from 1 to 5 stars' })
  .int('Choose from 1 to 5 stars')
  .min(1, 'Choose from 1 to 5 stars')
  .max(5, 'Choose from 1 to 5 stars');

export const CreateReviewInput = z.object({
  orderId: Id,
  chefRating: Stars,
  /** Only for an order a driver carried. */
  driverRating: Stars.nullish(),
  comment: MultiLineText()
    .max(REVIEW_COMMENT_MAX, `Use at most ${REVIEW_COMMENT_MAX} characters`)
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type CreateReviewInput = z.input<typeof CreateReviewInput>;

export const ReviewOutput = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  chefRating: z.number().int(),
  driverRating: z.number().int().nullable(),
  comment: z.string().nullable(),
  createdAt: z.date(),
});
export type ReviewOutput = z.infer<typeof ReviewOutput>;

/** A review as the kitchen's page shows it: the customer by first name only. */
export const KitchenReviewOutput = z.object({
  id: z.uuid(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.date(),
});
export type KitchenReviewOutput = z.infer<typeof KitchenReviewOutput>;

export const KitchenReviewsInput = z.object({
  chefId: Id,
  cursor: Cursor.optional(),
  limit: z.number().int().min(1).max(50).default(REVIEWS_PAGE_SIZE),
});
export type KitchenReviewsInput = z.input<typeof KitchenReviewsInput>;

export const ReviewForOrderOutput = z.object({ review: ReviewOutput.nullable() });

/** Ratings of a driver, for the admin. */
export const DriverRatingOutput = z.object({
  driverId: z.uuid(),
  userId: z.uuid(),
  ratingAvg: z.number(),
  ratingCount: z.number().int(),
});
export type DriverRatingOutput = z.infer<typeof DriverRatingOutput>;
