/**
 * Real PostgreSQL (a fresh database per call) and a real sandbox whose webhooks go to a small
 * HTTP endpoint running the payments handler, as the API server does.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { chefs, drivers, users } from '@homechef/db';
import { createTestDatabase, type TestDatabase } from '@homechef/db/testing';
import { startStripeSandbox, type StripeSandbox } from '@homechef/stripe-sandbox';
import type Stripe from 'stripe';
import { onTestFinished } from 'vitest';
import { createStripeClient } from '../src/client.ts';
import {
  handleEvent,
  verifyWebhook,
  WebhookSignatureError,
  type EventOutcome,
} from '../src/webhooks.ts';
import type { Payee } from '../src/accounts.ts';

export const WEBHOOK_SECRET = 'whsec_payments_test_secret';

export interface Endpoint {
  url: string;
  /** Status of every request the endpoint answered, in order. */
  answers: number[];
  /** What the handler made of each verified event, in order. */
  outcomes: { id: string; outcome: EventOutcome }[];
  close(): Promise<void>;
}

/** `POST /webhooks/stripe` in miniature: raw body, signature check, handler. */
export async function webhookEndpoint(db: TestDatabase, stripe: () => Stripe): Promise<Endpoint> {
  const answers: number[] = [];
  const outcomes: Endpoint['outcomes'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const signature = req.headers['stripe-signature'];
      void (async () => {
        let status = 200;
        try {
          const event = verifyWebhook(
            stripe(),
            Buffer.concat(chunks),
            typeof signature === 'string' ? signature : undefined,
            WEBHOOK_SECRET,
          );
          outcomes.push({
            id: event.id,
            outcome: await handleEvent({ db: db.db, stripe: stripe() }, event),
          });
        } catch (error) {
          status = error instanceof WebhookSignatureError ? 400 : 500;
        }
        answers.push(status);
        res.writeHead(status).end();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/stripe`,
    answers,
    outcomes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface PaymentsEnv {
  database: TestDatabase;
  sandbox: StripeSandbox;
  stripe: Stripe;
  endpoint: Endpoint | null;
}

export async function startEnv({ webhooks = true } = {}): Promise<PaymentsEnv> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'payments-sandbox-'));
  const env = { database, endpoint: null } as unknown as PaymentsEnv;
  env.endpoint = webhooks ? await webhookEndpoint(database, () => env.stripe) : null;
  env.sandbox = await startStripeSandbox({
    dataDir,
    webhooks: env.endpoint ? [{ url: env.endpoint.url, secret: WEBHOOK_SECRET }] : [],
    webhookRetry: { initialDelayMs: 40, maxDelayMs: 200, maxAttempts: 50, timeoutMs: 5000 },
  });
  env.stripe = createStripeClient({
    secretKey: env.sandbox.secretKey,
    endpoint: env.sandbox.stripeConfig,
    maxNetworkRetries: 0,
  });
  onTestFinished(async () => {
    await env.sandbox.close();
    await env.endpoint?.close();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return env;
}

let counter = 0;

/** A user with a chef profile (approved kitchen in Oakland) or a driver profile. */
export async function createPayee(database: TestDatabase, kind: Payee['kind']): Promise<Payee> {
  counter += 1;
  const [user] = await database.db
    .insert(users)
    .values({
      email: `${kind}-${counter}-${randomUUID()}@example.com`,
      passwordHash: 'x',
      name: `Test ${kind} ${counter}`,
      role: kind,
    })
    .returning({ id: users.id });
  if (!user) throw new Error('no user');
  if (kind === 'chef') {
    await database.db.insert(chefs).values({
      userId: user.id,
      businessName: `Kitchen ${counter}`,
      lat: 37.8,
      lng: -122.27,
    });
  } else {
    await database.db.insert(drivers).values({ userId: user.id, vehicleType: 'bicycle' });
  }
  return { kind, userId: user.id };
}

export async function chefRow(database: TestDatabase, userId: string) {
  const [row] = await database.db.select().from(chefs).where(eq(chefs.userId, userId));
  if (!row) throw new Error('no chef');
  return row;
}

export async function driverRow(database: TestDatabase, userId: string) {
  const [row] = await database.db.select().from(drivers).where(eq(drivers.userId, userId));
  if (!row) throw new Error('no driver');
  return row;
}

export { COMPLETE_ONBOARDING, fillOnboarding } from '@homechef/stripe-sandbox/testing';

export async function until<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
