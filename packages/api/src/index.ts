import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root.ts';

export { appRouter, type AppRouter } from './root.ts';
export { createCallerFactory, type Access, type Meta } from './trpc.ts';
export {
  createContext,
  type Actor,
  type Context,
  type PaymentsServices,
  type ProcedureEvent,
  type Role,
  type Services,
} from './context.ts';
export { HEARTBEAT_TOPIC, type Heartbeat } from './domains/health/index.ts';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { renderApiDocs, listProcedures } from './docs.ts';
export { authenticate, bearerToken } from './domains/auth/index.ts';
export {
  createRateLimits,
  DEFAULT_RATE_LIMITS,
  RateLimitedError,
  type RateLimits,
  type RateLimitSettings,
} from './shared/rate-limits.ts';
export {
  publishSessionRevoked,
  revokeAllSessions,
  SESSION_REVOKED_TOPIC,
  type SessionRevoked,
} from './domains/auth/index.ts';
export { LocalDiskStorage, type FileStorage } from './shared/storage.ts';
export type { AuthSettings, Client, TrailPoint } from './context.ts';
export { DOCUMENTS_PATH, handleDocumentsRequest } from './domains/documents/index.ts';
export {
  DEFAULT_ORDER_SETTINGS,
  orderPaymentEffects,
  sweepOrders,
  type OrderSettings,
  type SweepResult,
} from './domains/orders/index.ts';
export {
  createTrailWriter,
  driverLocationTopic,
  sweepSilentDrivers,
  SILENT_DRIVER_SECONDS,
} from './domains/shifts/index.ts';
export { BatchWriter } from './shared/batch.ts';
export { startOutboxRelay, type OutboxRelay, type OutboxSignal } from './shared/outbox.ts';
export {
  createLeadership,
  DEFAULT_DISPATCH_SETTINGS,
  runDispatchRound,
  runLoggedRound,
  type DispatchSettings,
  type Leadership,
} from './domains/dispatch/index.ts';
export {
  generateVapidKeys,
  sendPush,
  vapidKeysProblem,
  vapidSubjectProblem,
  type PushMessage,
  type VapidKeys,
} from './domains/push/index.ts';
export type { PushSettings } from './context.ts';
