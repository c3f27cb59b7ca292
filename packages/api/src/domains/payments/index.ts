/** The payments domain's public surface: the only module other domains import from it. */
export { paymentsRouter } from './router.ts';
export { kitchenAccountStatus } from './service.ts';
