/** The geocoding domain's public surface: the only module other domains import from it. */
export { geocodingRouter } from './router.ts';
