import type { Database, DatabaseKind } from '@homechef/db';
import type { EventBus } from '@homechef/realtime';

export type Role = 'customer' | 'chef' | 'driver' | 'admin';

/** Who is calling, independent of transport (HTTP header, WebSocket params, server caller). */
export interface Actor {
  userId: string;
  role: Role;
}

/** What the transport learns about each procedure call, for metrics and logs. */
export interface ProcedureEvent {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  durationMs: number;
  /** `OK` or the tRPC error code. */
  code: string;
  error?: unknown;
}

/** Long-lived services shared by every request of a server instance. */
export interface Services {
  db: Database;
  dbKind: DatabaseKind;
  bus: EventBus;
  observe?: (event: ProcedureEvent) => void;
}

export interface Context extends Services {
  actor: Actor | null;
  /** Correlates log lines of one request; set by the transport. */
  requestId: string;
}

export function createContext({
  services,
  actor,
  requestId,
}: {
  services: Services;
  actor: Actor | null;
  requestId: string;
}): Context {
  return { ...services, actor, requestId };
}
