/** The auth domain's public surface: the only module other domains import from it. */
export { authRouter, passwordRouter } from './router.ts';
export { authenticate, bearerToken, changePassword, toPublicUser } from './service.ts';
export {
  publishSessionRevoked,
  revokeAllSessions,
  SESSION_REVOKED_TOPIC,
  type SessionRevoked,
} from './sessions.ts';
