/** The drivers domain's public surface: the only module other domains import from it. */
export { driversRouter } from './router.ts';
export { goOnlineProblem, mayGoOnlineCondition, type GoOnlineFacts } from './rule.ts';
export {
  driverProfileProcedure,
  loadOwnDriverProfile,
  noDriverProfile,
  type OwnDriverProfile,
} from './procedure.ts';
export { assertEditable } from './onboarding.ts';
export {
  DRIVER_PROFILE_WITH,
  driverStatusReasons,
  loadDriverWithDetails,
  toDriverDocumentOutput,
  toDriverProfile,
  type DriverWithDetails,
} from './profile.ts';
