/** The admin domain's public surface: the only module other domains import from it. */
export { adminRouter } from './router.ts';
