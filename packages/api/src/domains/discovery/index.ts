/** The discovery domain's public surface: the only module other domains import from it. */
export { discoveryRouter } from './router.ts';
export { getPublicChef } from './kitchen-page.ts';
export { searchChefs } from './search.ts';
export { boundingBox, distanceSql, haversineM } from './geo.ts';
