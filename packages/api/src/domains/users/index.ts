/** The users domain's public surface: the only module other domains import from it. */
export { usersRouter } from './router.ts';
