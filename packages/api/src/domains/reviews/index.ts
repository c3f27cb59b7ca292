/** The reviews domain's public surface: the only module other domains import from it. */
export { adminReviewsRouter, reviewsRouter } from './router.ts';
