/** The dispatch domain's public surface: the only module other domains import from it. */
export {
  adminDispatchRouter,
  dispatchRouter,
  driverEarningsRouter,
  kitchenDispatchRouter,
} from './router.ts';
export { runDispatchRound, type RoundOptions, type RoundResult } from './round.ts';
export { recordRound, runLoggedRound, ROUND_LOG } from './round-log.ts';
export { createLeadership, type Leadership } from './leader.ts';
export { freeDriversNear, type FreeDriver } from './candidates.ts';
export { DEFAULT_DISPATCH_SETTINGS, driverTopic, type DispatchSettings } from './settings.ts';
export { straightLineEstimator, type DispatchPoint, type TravelEstimator } from './travel.ts';
