/**
 * `POST /webhooks/stripe` and reconciliation through the real server, real PostgreSQL and a
 * separately running sandbox (so it outlives a server restart).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chefs, stripeEvents, users } from '@homechef/db';
import { createTestDatabase, type TestDatabase } from '@homechef/db/testing';
import { createStripeClient } from '@homechef/payments';
import { startStripeSandbox, type StripeSandbox } from '@homechef/stripe-sandbox';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { freePort, httpClient } from './helpers.ts';

const SECRET = 'whsec_server_payments_test';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Setup {
  database: TestDatabase;
  sandbox: StripeSandbox;
  stripe: Stripe;
  port: number;
  start(): Promise<RunningServer>;
}

async function setup(retryDelayMs: number): Promise<Setup> {
  const database = await createTestDatabase();
  cleanups.push(() => database.close());
  const port = await freePort();
  const sandboxDir = await mkdtemp(join(tmpdir(), 'server-sandbox-'));
  const sandbox = await startStripeSandbox({
    dataDir: sandboxDir,
    webhooks: [{ url: `http://127.0.0.1:${port}/webhooks/stripe`, secret: SECRET }],
    webhookRetry: { initialDelayMs: retryDelayMs, maxDelayMs: retryDelayMs, maxAttempts: 3 },
  });
  cleanups.push(async () => {
    await sandbox.close();
    await rm(sandboxDir, { recursive: true, force: true });
  });
  const stripe = createStripeClient({
    secretKey: sandbox.secretKey,
    endpoint: sandbox.stripeConfig,
    maxNetworkRetries: 0,
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'homechef-test-'));
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    STRIPE_SECRET_KEY: sandbox.secretKey,
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_URL: sandbox.url,
  });
  return {
    database,
    sandbox,
    stripe,
    port,
    start: async () => {
      const server = await startServer(config, createLogger(config.LOG_LEVEL));
      cleanups.push(() => server.close());
      return server;
    },
  };
}

async function chefWithAccount(s: Setup): Promise<{ userId: string; account: string }> {
  const [user] = await s.database.db
    .insert(users)
    .values({
      email: `chef-${Math.random()}@example.test`,
      passwordHash: 'x',
      name: 'C',
      role: 'chef',
    })
    .returning({ id: users.id });
  if (!user) throw new Error('no user');
  const account = await s.stripe.accounts.create({ type: 'express' });
  await s.database.db.insert(chefs).values({
    userId: user.id,
    businessName: 'Test kitchen',
    lat: 37.8,
    lng: -122.27,
    stripeAccountId: account.id,
  });
  return { userId: user.id, account: account.id };
}

async function completeOnboarding(stripe: Stripe, account: string) {
  const link = await stripe.accountLinks.create({
    account,
    type: 'account_onboarding',
    return_url: 'http://chef.test/payouts/return',
    refresh_url: 'http://chef.test/payouts',
  });
  const html = await (await fetch(link.url)).text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
  await fetch(new URL(action.replaceAll('&amp;', '&'), link.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      first_name: 'Ada',
      last_name: 'Chef',
      dob: '1990-04-01',
      account_number: '000123456789',
      tos: 'accepted',
      action: 'submit',
    }).toString(),
    redirect: 'manual',
  });
}

async function chargesEnabled(s: Setup, userId: string): Promise<boolean> {
  const [row] = await s.database.db
    .select({ on: chefs.stripeChargesEnabled })
    .from(chefs)
    .where(eq(chefs.userId, userId));
  return row?.on ?? false;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A server on its own database and DATA_DIR; without a Stripe key, its sandbox in-process. */
async function embeddedSetup(settings: Record<string, string> = {}) {
  const database = await createTestDatabase();
  cleanups.push(() => database.close());
  const dataDir = mkdtempSync(join(tmpdir(), 'homechef-test-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    STRIPE_SANDBOX_PORT: '0',
    ...settings,
  });
  return {
    database,
    dataDir,
    start: async () => {
      const server = await startServer(config, createLogger(config.LOG_LEVEL));
      cleanups.push(() => server.close());
      return server;
    },
  };
}

describe('POST /webhooks/stripe', () => {
  it('applies a signed event and refuses a tampered or stale one without a change', async () => {
    const s = await setup(50);
    const server = await s.start();
    const chef = await chefWithAccount(s);
    const url = `${server.url}/webhooks/stripe`;
    const payload = JSON.stringify({
      id: 'evt_forged_1',
      object: 'event',
      type: 'account.updated',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: chef.account, object: 'account', charges_enabled: true } },
    });
    const post = (body: string, signature?: string) =>
      fetch(url, {
        method: 'POST',
        headers: signature ? { 'stripe-signature': signature } : {},
        body,
      });
    const sign = (body: string, secret = SECRET, timestamp?: number) =>
      s.stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
    expect((await post(payload)).status).toBe(400);
    expect((await post(payload, sign(payload, 'whsec_wrong'))).status).toBe(400);
    expect(
      (await post(payload.replace('evt_forged_1', 'evt_forged_2'), sign(payload))).status,
    ).toBe(400);
    const stale = Math.floor(Date.now() / 1000) - 301;
    expect((await post(payload, sign(payload, SECRET, stale))).status).toBe(400);
    expect(await s.database.db.select().from(stripeEvents)).toEqual([]);
    expect(await chargesEnabled(s, chef.userId)).toBe(false);
    expect((await fetch(url)).status).toBe(405);

    // The real thing, sent by the sandbox: applied (from Stripe's current state), once.
    await completeOnboarding(s.stripe, chef.account);
    await until(() => chargesEnabled(s, chef.userId));
    await s.sandbox.webhooksIdle();
    const rows = await s.database.db.select().from(stripeEvents);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.processedAt).toBeInstanceOf(Date);
    expect(s.sandbox.deliveries.filter((d) => d.ok)).toHaveLength(1);
  });

  it('an event sent while the server was down is applied by reconciliation on restart', async () => {
    // Stripe would retry in a minute; reconciliation must not wait for that.
    const s = await setup(60_000);
    const first = await s.start();
    const chef = await chefWithAccount(s);
    await first.close();

    await completeOnboarding(s.stripe, chef.account);
    await until(() => s.sandbox.deliveries.length > 0);
    expect(s.sandbox.deliveries.every((d) => !d.ok)).toBe(true);
    expect(await chargesEnabled(s, chef.userId)).toBe(false);

    await s.start();
    expect(await chargesEnabled(s, chef.userId)).toBe(true);
    expect(s.sandbox.deliveries.some((d) => d.ok)).toBe(false);
    expect(await s.database.db.select({ id: stripeEvents.id }).from(stripeEvents)).toHaveLength(1);
  });

  it('without STRIPE_SECRET_KEY the sandbox runs in-process and sends its webhooks to the server', async () => {
    const { database, dataDir, start } = await embeddedSetup();
    const server = await start();
    expect(existsSync(join(dataDir, 'stripe-webhook-secret'))).toBe(true);
    expect(existsSync(join(dataDir, 'stripe-sandbox'))).toBe(true);

    const session = await httpClient(server.url).auth.register.mutate({
      email: 'embedded-chef@example.test',
      password: 'correct horse battery',
      name: 'Embedded Chef',
      role: 'chef',
    });
    await database.db.insert(chefs).values({
      userId: session.user.id,
      businessName: 'Embedded kitchen',
      lat: 37.8,
      lng: -122.27,
    });
    const api = httpClient(server.url, session.accessToken);
    const { url } = await api.payments.onboardingLink.mutate({});
    const sandboxUrl = new URL(url).origin;
    expect(sandboxUrl).not.toBe(new URL(server.url).origin);
    const stripe = createStripeClient({
      secretKey: 'sk_test_homechef_sandbox',
      endpoint: { host: '127.0.0.1', port: Number(new URL(url).port), protocol: 'http' },
      maxNetworkRetries: 0,
    });
    const status = await api.payments.accountStatus.query();
    expect(status.state).toBe('incomplete');
    await completeOnboarding(stripe, status.accountId ?? '');
    await until(async () => {
      const [row] = await database.db
        .select({ on: chefs.stripeChargesEnabled })
        .from(chefs)
        .where(eq(chefs.userId, session.user.id));
      return row?.on ?? false;
    });
    const events = await database.db.select().from(stripeEvents);
    expect(events.map((e) => e.type)).toEqual(['account.updated']);
  });
});

describe('the demo city’s Stripe accounts', { timeout: 120_000 }, () => {
  /** Accounts in the in-process sandbox, read from its saved state. */
  async function sandboxAccounts(dataDir: string): Promise<number> {
    const file = join(dataDir, 'stripe-sandbox', 'stripe-sandbox.json');
    const state = JSON.parse(await readFile(file, 'utf8')) as { accounts: object };
    return Object.keys(state.accounts).length;
  }

  async function listed(server: RunningServer): Promise<number> {
    const found = await httpClient(server.url).chefs.search.query({
      lat: 37.8338,
      lng: -122.2637,
      limit: 50,
    });
    return found.items.length;
  }

  async function accounts(database: TestDatabase) {
    return database.db
      .select({ account: chefs.stripeAccountId, on: chefs.stripeChargesEnabled })
      .from(chefs)
      .where(eq(chefs.verificationStatus, 'approved'));
  }

  it('with the sandbox, approved demo kitchens are connected from the first start, once', async () => {
    const demo = await embeddedSetup({ SEED_DEMO: 'if-empty' });
    const first = await demo.start();
    const connected = await accounts(demo.database);
    expect(connected.length).toBeGreaterThan(10);
    expect(connected.every((c) => c.account?.startsWith('acct_') && c.on)).toBe(true);
    expect(await listed(first)).toBeGreaterThan(3);
    const before = await sandboxAccounts(demo.dataDir);
    // Approved and suspended kitchens finished, some submitted ones half-done, ready drivers.
    expect(before).toBeGreaterThan(connected.length);
    await first.close();

    // A restart keeps the same accounts and creates none.
    const again = await demo.start();
    expect(await accounts(demo.database)).toEqual(connected);
    expect(await sandboxAccounts(demo.dataDir)).toBe(before);
    expect(await listed(again)).toBeGreaterThan(3);
  });

  it('with a real Stripe key, no demo account is invented and nothing is listed', async () => {
    const sandboxDir = await mkdtemp(join(tmpdir(), 'server-sandbox-'));
    const stripeServer = await startStripeSandbox({ dataDir: sandboxDir });
    cleanups.push(async () => {
      await stripeServer.close();
      await rm(sandboxDir, { recursive: true, force: true });
    });
    const demo = await embeddedSetup({
      SEED_DEMO: 'if-empty',
      STRIPE_SECRET_KEY: stripeServer.secretKey,
      STRIPE_WEBHOOK_SECRET: SECRET,
      STRIPE_API_URL: stripeServer.url,
    });
    const server = await demo.start();
    expect((await accounts(demo.database)).every((c) => c.account === null && !c.on)).toBe(true);
    expect(await listed(server)).toBe(0);
    const stripe = createStripeClient({
      secretKey: stripeServer.secretKey,
      endpoint: stripeServer.stripeConfig,
      maxNetworkRetries: 0,
    });
    expect((await stripe.accounts.list()).data).toEqual([]);
  });
});
