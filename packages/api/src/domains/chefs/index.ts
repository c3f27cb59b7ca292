/** The chefs domain's public surface: the only module other domains import from it. */
export { chefsRouter } from './router.ts';
export { noKitchen } from './application.ts';
export { kitchenProcedure, loadOwnKitchen, type OwnKitchen } from './procedure.ts';
export {
  aliasColumns,
  chefColumns,
  listedCondition,
  listingBlockers,
  type KitchenColumns,
} from './listing.ts';
export { localDate, openingState, type HoursWindow } from './opening-hours.ts';
export {
  KITCHEN_PROFILE_WITH,
  kitchenOf,
  loadChefWithDetails,
  openingSummary,
  statusReasons,
  toChefProfile,
  toDocumentOutput,
  toWindows,
  type ChefWithDetails,
} from './profile.ts';
