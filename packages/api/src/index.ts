import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root.ts';

export { appRouter, type AppRouter } from './root.ts';
export { createCallerFactory, type Access, type Meta } from './trpc.ts';
export {
  createContext,
  type Actor,
  type Context,
  type ProcedureEvent,
  type Role,
  type Services,
} from './context.ts';
export { HEARTBEAT_TOPIC, type Heartbeat } from './router/health.ts';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { renderApiDocs, listProcedures } from './docs.ts';
export { authenticate, bearerToken } from './services/auth.ts';
export {
  createRateLimits,
  DEFAULT_RATE_LIMITS,
  RateLimitedError,
  type RateLimits,
  type RateLimitSettings,
} from './services/rate-limits.ts';
export {
  publishSessionRevoked,
  revokeAllSessions,
  SESSION_REVOKED_TOPIC,
  type SessionRevoked,
} from './services/sessions.ts';
export { LocalDiskStorage, type FileStorage } from './storage.ts';
export type { AuthSettings, Client } from './context.ts';
export { handleDocumentsRequest } from './http/documents.ts';
export { DOCUMENTS_PATH } from './services/documents.ts';
