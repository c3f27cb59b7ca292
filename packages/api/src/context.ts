import type { Database, DatabaseKind } from '@homechef/db';
import type { GeoIndex, Geocoder } from '@homechef/geo';
import type { OnboardingUrls } from '@homechef/payments';
import type { EventBus } from '@homechef/realtime';
import type Stripe from 'stripe';
import type { BatchWriter } from './shared/batch.ts';
import type { OutboxSignal } from './shared/outbox.ts';
import type { RateLimits } from './shared/rate-limits.ts';
import type { FileStorage } from './shared/storage.ts';

export type Role = 'customer' | 'chef' | 'driver' | 'admin';

/** Who is calling, independent of transport (HTTP header, WebSocket params, server caller). */
export interface Actor {
  userId: string;
  role: Role;
  /** The session (refresh-token family) of the access token, when authenticated by one. */
  sessionId?: string;
}

/** What the transport learns about each procedure call, for metrics and logs. */
export interface ProcedureEvent {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  durationMs: number;
  /** `OK` or the tRPC error code. */
  code: string;
  requestId: string;
  error?: unknown;
}

export interface AuthSettings {
  /** HMAC key for access tokens (from JWT_SECRET). */
  key: Uint8Array;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

/** Stripe (or the local sandbox) and where its hosted pages send people back to. */
export interface PaymentsServices {
  stripe: Stripe;
  onboardingUrls: Record<'chef' | 'driver', OnboardingUrls>;
}

/** Money of an order: delivery fee by distance and the platform's share of the food. */
export interface PricingSettings {
  /** Delivery fee: base plus a rate per kilometre of straight-line distance. */
  deliveryBaseCents: number;
  deliveryPerKmCents: number;
  /** The platform's share of the food, in basis points (1500 = 15%). */
  platformFeeBps: number;
}

/** How ordering behaves on this deployment (the server reads these from its settings). */
export interface OrderSettings {
  pricing: PricingSettings;
  /** A paid order the kitchen has not accepted by then is rejected and refunded. */
  acceptTimeoutSeconds: number;
  /** How long the hosted payment page stays open (Stripe allows 30 minutes to 24 hours). */
  checkoutTtlSeconds: number;
  /** Where the payment page sends the customer back to; `{ORDER_ID}` is replaced. */
  checkoutSuccessUrl: string;
  checkoutCancelUrl: string;
}

/** Web Push: the server's VAPID identity and how long a push service may take to answer. */
export interface PushSettings {
  vapid: { publicKey: string; privateKey: string; subject: string };
  /** Per request to a push service; a slower one counts as a failure (never blocks a caller). */
  timeoutMs: number;
  /**
   * Accept `http:` push endpoints (tests run a local push service). Browsers' push services are
   * all https, and refusing the rest keeps the server from posting to internal addresses.
   */
  allowInsecureEndpoints: boolean;
}

/** One accepted ping, as the trail writer stores it. */
export interface TrailPoint {
  driverId: string;
  lat: number;
  lng: number;
  accuracyM: number | null;
  heading: number | null;
  speedMps: number | null;
  /** When the device took the fix. */
  recordedAt: Date;
  /** When the server accepted it (`drivers.last_seen_at`). */
  receivedAt: Date;
}

/** Long-lived services shared by every request of a server instance. */
export interface Services {
  db: Database;
  dbKind: DatabaseKind;
  bus: EventBus;
  auth: AuthSettings;
  limits: RateLimits;
  storage: FileStorage;
  payments: PaymentsServices;
  orders: OrderSettings;
  /** Nudged after a commit that wrote outbox events, so they are published at once. */
  outbox: OutboxSignal;
  /** Address search: the built-in demo-city geocoder, or Photon/Nominatim (GEOCODER_URL). */
  geocoder: Geocoder;
  push: PushSettings;
  /** Latest position of each driver on shift: in process, or Redis (REDIS_URL). */
  geoIndex: GeoIndex;
  /** Accepted pings on their way to `driver_locations` and `drivers.last_*`, in batches. */
  trail: BatchWriter<TrailPoint>;
  observe?: (event: ProcedureEvent) => void;
}

/** What the transport knows about the caller's connection. */
export interface Client {
  ip: string | null;
  userAgent: string | null;
}

export interface Context extends Services {
  actor: Actor | null;
  client: Client;
  /** Correlates log lines of one request; set by the transport. */
  requestId: string;
}

export function createContext({
  services,
  actor,
  client = { ip: null, userAgent: null },
  requestId,
}: {
  services: Services;
  actor: Actor | null;
  client?: Client;
  requestId: string;
}): Context {
  return { ...services, actor, client, requestId };
}
