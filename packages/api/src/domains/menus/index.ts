/** The menus domain's public surface: the only module other domains import from it. */
export { menusRouter } from './router.ts';
export { menusQuery, toItemOutput, toMenuOutput } from './queries.ts';
