/**
 * Helpers for the API's integration tests: a fresh database per test file, the real bus,
 * users of every role, and callers acting as them (no HTTP in between).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@homechef/auth';
import { users, type User } from '@homechef/db';
import { createTestDatabase, type TestDatabase } from '@homechef/db/testing';
import type { EventBus } from '@homechef/realtime';
import { createTestBus, TEST_REDIS_URL, testServices } from '@homechef/realtime/testing';
import { createBuiltinGeocoder, createGeoIndex, type Geocoder } from '@homechef/geo';
import { createStripeClient } from '@homechef/payments';
import { Redis } from 'ioredis';
import {
  createContext,
  type Actor,
  type Client,
  type PaymentsServices,
  type Services,
} from '../src/context.ts';
import { appRouter } from '../src/root.ts';
import {
  createRateLimits,
  DEFAULT_RATE_LIMITS,
  type RateLimitSettings,
} from '../src/shared/rate-limits.ts';
import { DEFAULT_ORDER_SETTINGS, type OrderSettings } from '../src/domains/orders/index.ts';
import { startOutboxRelay, type OutboxRelay } from '../src/shared/outbox.ts';
import { createTrailWriter } from '../src/domains/shifts/index.ts';
import { LocalDiskStorage } from '../src/shared/storage.ts';
import { generateVapidKeys } from '../src/domains/push/index.ts';
import { createCallerFactory } from '../src/trpc.ts';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export interface TestEnv {
  services: Services;
  database: TestDatabase;
  bus: EventBus;
  redis: Redis | undefined;
  relay: OutboxRelay;
  close(): Promise<void>;
}

export const TEST_ONBOARDING_URLS: PaymentsServices['onboardingUrls'] = {
  chef: { returnUrl: 'http://chef.test/payouts/return', refreshUrl: 'http://chef.test/payouts' },
  driver: {
    returnUrl: 'http://driver.test/payouts/return',
    refreshUrl: 'http://driver.test/payouts',
  },
};

/** Tests that do not reach Stripe get a client pointed at a closed port: a call fails fast. */
function unreachableStripe(): PaymentsServices {
  return {
    stripe: createStripeClient({
      secretKey: 'sk_test_unreachable',
      endpoint: { host: '127.0.0.1', port: 9, protocol: 'http' },
      maxNetworkRetries: 0,
    }),
    onboardingUrls: TEST_ONBOARDING_URLS,
  };
}

export async function createTestEnv({
  limits = DEFAULT_RATE_LIMITS,
  payments = unreachableStripe(),
  orders = {},
  geocoder = createBuiltinGeocoder(),
}: {
  limits?: RateLimitSettings;
  payments?: PaymentsServices;
  orders?: Partial<OrderSettings>;
  geocoder?: Geocoder;
} = {}): Promise<TestEnv> {
  const database = await createTestDatabase();
  const bus = await createTestBus();
  const relay = startOutboxRelay({ db: database.db, bus, intervalMs: 200 });
  const redis = testServices() === 'real' ? new Redis(TEST_REDIS_URL) : undefined;
  const services: Services = {
    db: database.db,
    dbKind: database.kind,
    bus,
    auth: {
      key: new TextEncoder().encode(`test-secret-${Math.random()}-0123456789abcdef`),
      accessTtlSeconds: 900,
      refreshTtlSeconds: 7 * 86400,
    },
    // A unique prefix per file keeps parallel test files' counters apart.
    limits: createRateLimits(redis, limits, `test:rl:${database.name}:${Math.random()}`),
    storage: new LocalDiskStorage(mkdtempSync(join(tmpdir(), 'homechef-uploads-'))),
    payments,
    orders: { ...DEFAULT_ORDER_SETTINGS, ...orders },
    outbox: relay,
    geocoder,
    push: {
      vapid: { ...generateVapidKeys(), subject: 'mailto:push-tests@example.test' },
      timeoutMs: 2000,
      allowInsecureEndpoints: true,
    },
    // Redis under a prefix of this file's own, so parallel files keep their drivers apart.
    geoIndex: createGeoIndex(redis, `test:${database.name}:${Math.random()}:`),
    trail: createTrailWriter(database.db),
  };
  return {
    services,
    database,
    bus,
    redis,
    relay,
    close: async () => {
      await services.trail.close();
      await services.geoIndex.close();
      await relay.stop();
      await bus.close();
      redis?.disconnect();
      await database.close();
    },
  };
}

let counter = 0;

/** Inserts a user directly (no rate limits, no API); the password is TEST_PASSWORD. */
export async function createUser(
  services: Services,
  {
    role = 'customer',
    email,
    name,
    status = 'active',
  }: Partial<Pick<User, 'role' | 'email' | 'name' | 'status'>> = {},
): Promise<User & { actor: Actor }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  const [user] = await services.db
    .insert(users)
    .values({
      email: email ?? `${role}${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`,
      name: name ?? `Test ${role} ${counter}`,
      role,
      status,
      suspendedReason: status === 'suspended' ? 'test' : null,
      passwordHash: await passwordHash,
    })
    .returning();
  if (!user) throw new Error('insert returned nothing');
  return { ...user, actor: { userId: user.id, role: user.role } };
}

const createCaller = createCallerFactory(appRouter);

/** A server-side caller acting as `actor` (null: anonymous). */
export function callerFor(services: Services, actor: Actor | null, client: Partial<Client> = {}) {
  return createCaller(
    createContext({
      services,
      actor,
      client: { ip: '203.0.113.7', userAgent: 'vitest', ...client },
      requestId: `test-${Math.random()}`,
    }),
  );
}
