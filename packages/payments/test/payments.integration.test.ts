import { count, eq } from 'drizzle-orm';
import { chefs, stripeEvents } from '@homechef/db';
import { describe, expect, it } from 'vitest';
import {
  createDashboardLink,
  createOnboardingLink,
  ensureAccount,
  refreshAccountStatus,
} from '../src/accounts.ts';
import { PaymentsError } from '../src/errors.ts';
import { createReconciler } from '../src/reconcile.ts';
import { handleEvent } from '../src/webhooks.ts';
import {
  chefRow,
  COMPLETE_ONBOARDING,
  createPayee,
  driverRow,
  fillOnboarding,
  startEnv,
  until,
  WEBHOOK_SECRET,
} from './harness.ts';

const URLS = {
  returnUrl: 'http://localhost:3001/payouts/return',
  refreshUrl: 'http://localhost:3001/payouts/refresh',
};

async function eventRows(env: Awaited<ReturnType<typeof startEnv>>) {
  const [row] = await env.database.db.select({ n: count() }).from(stripeEvents);
  return row?.n ?? 0;
}

describe('Connect onboarding', () => {
  it('creates one Express account per person, even when asked twice at once', async () => {
    const env = await startEnv({ webhooks: false });
    const chef = await createPayee(env.database, 'chef');
    const [a, b] = await Promise.all([
      ensureAccount(env.database.db, env.stripe, chef),
      ensureAccount(env.database.db, env.stripe, chef),
    ]);
    expect(a).toMatch(/^acct_/);
    expect(b).toBe(a);
    expect(await ensureAccount(env.database.db, env.stripe, chef)).toBe(a);
    expect((await env.stripe.accounts.list()).data).toHaveLength(1);
    expect((await chefRow(env.database, chef.userId)).stripeAccountId).toBe(a);
    const account = await env.stripe.accounts.retrieve(a);
    expect(account.type).toBe('express');
    expect(account.metadata).toMatchObject({
      homechef_user_id: chef.userId,
      homechef_role: 'chef',
    });
  });

  it('a completed form enables charges through the webhook; the status says connected', async () => {
    const env = await startEnv();
    const chef = await createPayee(env.database, 'chef');
    expect((await refreshAccountStatus(env.database.db, env.stripe, chef)).state).toBe(
      'not_started',
    );
    const { url } = await createOnboardingLink(env.database.db, env.stripe, chef, URLS);
    expect(url.startsWith(env.sandbox.url)).toBe(true);
    expect(await fillOnboarding(url, COMPLETE_ONBOARDING)).toBe(URLS.returnUrl);
    const row = await until(async () => {
      const r = await chefRow(env.database, chef.userId);
      return r.stripeChargesEnabled && r;
    });
    expect(row).toMatchObject({ stripePayoutsEnabled: true, stripeDetailsSubmitted: true });
    const status = await refreshAccountStatus(env.database.db, env.stripe, chef);
    expect(status).toMatchObject({ state: 'connected', chargesEnabled: true, missing: [] });
    const dashboard = await createDashboardLink(env.database.db, env.stripe, chef);
    expect((await fetch(dashboard.url)).status).toBe(200);
  });

  it('an incomplete form leaves charges off and says what is missing', async () => {
    const env = await startEnv({ webhooks: false });
    const chef = await createPayee(env.database, 'chef');
    const { url } = await createOnboardingLink(env.database.db, env.stripe, chef, URLS);
    await fillOnboarding(url, { first_name: 'Ada', last_name: 'Chef', action: 'save' });
    const status = await refreshAccountStatus(env.database.db, env.stripe, chef);
    expect(status.state).toBe('incomplete');
    expect(status.missing).toEqual([
      'Date of birth',
      'Bank account for payouts',
      'Acceptance of the Stripe services agreement',
    ]);
    expect((await chefRow(env.database, chef.userId)).stripeChargesEnabled).toBe(false);
    await expect(createDashboardLink(env.database.db, env.stripe, chef)).rejects.toMatchObject({
      code: 'not_onboarded',
    });
  });

  it('drivers onboard for payouts; a person without a profile is told to make one', async () => {
    const env = await startEnv();
    const driver = await createPayee(env.database, 'driver');
    const { url } = await createOnboardingLink(env.database.db, env.stripe, driver, URLS);
    await fillOnboarding(url, COMPLETE_ONBOARDING);
    await until(async () => (await driverRow(env.database, driver.userId)).stripePayoutsEnabled);
    expect((await refreshAccountStatus(env.database.db, env.stripe, driver)).state).toBe(
      'connected',
    );
    const nobody = { kind: 'driver' as const, userId: '00000000-0000-4000-8000-000000000000' };
    await expect(
      createOnboardingLink(env.database.db, env.stripe, nobody, URLS),
    ).rejects.toBeInstanceOf(PaymentsError);
  });
});

describe('webhook events', () => {
  it('duplicated, delayed and reordered deliveries leave exactly one effect each', async () => {
    const env = await startEnv();
    const endpoint = env.endpoint;
    if (!endpoint) throw new Error('no endpoint');
    const chef = await createPayee(env.database, 'chef');
    const account = await ensureAccount(env.database.db, env.stripe, chef);
    env.sandbox.setWebhookChaos({ holdMs: 400 });
    // An older event saying "not enabled" is delivered after the newer "enabled" one.
    await env.stripe.accounts.update(account, { metadata: { step: 'one' } });
    const { url } = await createOnboardingLink(env.database.db, env.stripe, chef, URLS);
    await fillOnboarding(url, COMPLETE_ONBOARDING);
    await env.stripe.accounts.update(account, { metadata: { step: 'two' } });
    const events = (await env.stripe.events.list({ type: 'account.updated' })).data;
    expect(events).toHaveLength(3);
    expect((await chefRow(env.database, chef.userId)).stripeChargesEnabled).toBe(false);

    await until(() => endpoint.outcomes.length >= 6);
    await env.sandbox.webhooksIdle();
    expect(endpoint.answers).toEqual([200, 200, 200, 200, 200, 200]);
    // Newest first, then each again: every id applied once, the second copy a duplicate.
    expect(endpoint.outcomes.map((o) => o.id)).toEqual([
      events[0]?.id,
      events[1]?.id,
      events[2]?.id,
      events[2]?.id,
      events[1]?.id,
      events[0]?.id,
    ]);
    expect(endpoint.outcomes.slice(0, 3).every((o) => o.outcome === 'applied')).toBe(true);
    expect(endpoint.outcomes.slice(3).every((o) => o.outcome === 'duplicate')).toBe(true);
    expect(await eventRows(env)).toBe(3);
    const row = await chefRow(env.database, chef.userId);
    expect(row).toMatchObject({
      stripeAccountId: account,
      stripeChargesEnabled: true,
      stripePayoutsEnabled: true,
      stripeDetailsSubmitted: true,
    });
  });

  it('concurrent copies of one event are applied once', async () => {
    const env = await startEnv({ webhooks: false });
    const chef = await createPayee(env.database, 'chef');
    const account = await ensureAccount(env.database.db, env.stripe, chef);
    await env.stripe.accounts.update(account, { metadata: { a: '1' } });
    const [event] = (await env.stripe.events.list()).data;
    if (!event) throw new Error('no event');
    const deps = { db: env.database.db, stripe: env.stripe };
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => handleEvent(deps, event)));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(3);
  });

  it('a slow read of an older state cannot overwrite a newer one written meanwhile', async () => {
    const env = await startEnv({ webhooks: false });
    const chef = await createPayee(env.database, 'chef');
    const account = await ensureAccount(env.database.db, env.stripe, chef);
    const stale = await env.stripe.accounts.retrieve(account);
    await env.stripe.accounts.update(account, { metadata: { step: 'one' } });
    const { url } = await createOnboardingLink(env.database.db, env.stripe, chef, URLS);
    await fillOnboarding(url, COMPLETE_ONBOARDING);
    const [newer, older] = (await env.stripe.events.list({ type: 'account.updated' })).data;
    if (!newer || !older) throw new Error('expected two events');

    // The older event's read starts first and answers last, with the state before onboarding.
    let answer: () => void = () => {};
    let started: () => void = () => {};
    const readStarted = new Promise<void>((resolve) => (started = resolve));
    const slow = {
      accounts: {
        retrieve: async () => {
          started();
          await new Promise<void>((resolve) => (answer = resolve));
          return stale;
        },
      },
    } as unknown as typeof env.stripe;
    const first = handleEvent({ db: env.database.db, stripe: slow }, older);
    await readStarted;
    expect(await handleEvent({ db: env.database.db, stripe: env.stripe }, newer)).toBe('applied');
    expect((await chefRow(env.database, chef.userId)).stripeChargesEnabled).toBe(true);
    answer();
    expect(await first).toBe('applied');
    expect(await chefRow(env.database, chef.userId)).toMatchObject({
      stripeChargesEnabled: true,
      stripeDetailsSubmitted: true,
    });
    expect(await eventRows(env)).toBe(2);
    // A read that starts later wins again: the status page's refresh writes the current state.
    await refreshAccountStatus(env.database.db, env.stripe, chef);
    expect((await chefRow(env.database, chef.userId)).stripeChargesEnabled).toBe(true);
  });

  it('a tampered or stale signature is refused and changes nothing', async () => {
    const env = await startEnv();
    const endpoint = env.endpoint;
    if (!endpoint) throw new Error('no endpoint');
    const chef = await createPayee(env.database, 'chef');
    const account = await ensureAccount(env.database.db, env.stripe, chef);
    // A forged "charges enabled" for the chef's account, signed with the wrong secret, then
    // signed correctly but altered, then signed correctly six minutes ago.
    const payload = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'account.updated',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: account, object: 'account', charges_enabled: true } },
    });
    const sign = (body: string, secret: string, timestamp?: number) =>
      env.stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
    const post = (body: string, signature: string) =>
      fetch(endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body,
      });
    expect((await post(payload, sign(payload, 'whsec_wrong'))).status).toBe(400);
    const tampered = payload.replace('"charges_enabled":true', '"charges_enabled":false');
    expect((await post(tampered, sign(payload, WEBHOOK_SECRET))).status).toBe(400);
    const stale = Math.floor(Date.now() / 1000) - 301;
    expect((await post(payload, sign(payload, WEBHOOK_SECRET, stale))).status).toBe(400);
    expect((await fetch(endpoint.url, { method: 'POST', body: payload })).status).toBe(400);
    expect(await eventRows(env)).toBe(0);
    expect(
      await env.database.db.select().from(chefs).where(eq(chefs.stripeChargesEnabled, true)),
    ).toEqual([]);
  });

  it('an unknown event type is recorded and acknowledged without effect', async () => {
    const env = await startEnv({ webhooks: false });
    const deps = { db: env.database.db, stripe: env.stripe };
    const event = {
      id: 'evt_unknown_1',
      object: 'event',
      type: 'customer.created',
      created: 1_800_000_000,
      data: { object: { id: 'cus_1', object: 'customer' } },
    } as unknown as Parameters<typeof handleEvent>[1];
    expect(await handleEvent(deps, event)).toBe('ignored');
    expect(await handleEvent(deps, event)).toBe('duplicate');
    const rows = await env.database.db.select().from(stripeEvents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'evt_unknown_1', type: 'customer.created', error: null });
    expect(rows[0]?.processedAt).toBeInstanceOf(Date);
  });

  it('an effect that fails is rolled back, kept with its error, and applied on retry', async () => {
    const env = await startEnv({ webhooks: false });
    const chef = await createPayee(env.database, 'chef');
    const account = await ensureAccount(env.database.db, env.stripe, chef);
    const { url } = await createOnboardingLink(env.database.db, env.stripe, chef, URLS);
    await fillOnboarding(url, COMPLETE_ONBOARDING);
    const [event] = (await env.stripe.events.list()).data;
    if (!event) throw new Error('no event');
    const broken = {
      ...env.stripe,
      accounts: { retrieve: () => Promise.reject(new Error('Stripe unreachable')) },
    };
    await expect(
      handleEvent({ db: env.database.db, stripe: broken as unknown as typeof env.stripe }, event),
    ).rejects.toThrow('Stripe unreachable');
    const [failed] = await env.database.db.select().from(stripeEvents);
    expect(failed).toMatchObject({ id: event.id, processedAt: null, error: 'Stripe unreachable' });
    expect((await chefRow(env.database, chef.userId)).stripeChargesEnabled).toBe(false);
    expect(await handleEvent({ db: env.database.db, stripe: env.stripe }, event)).toBe('applied');
    const [done] = await env.database.db.select().from(stripeEvents);
    expect(done).toMatchObject({ error: null });
    expect(done?.processedAt).toBeInstanceOf(Date);
    expect(await chefRow(env.database, chef.userId)).toMatchObject({
      stripeAccountId: account,
      stripeChargesEnabled: true,
    });
  });
});

describe('reconciliation', () => {
  it('applies events whose webhook never arrived, once', async () => {
    const env = await startEnv({ webhooks: false });
    const chef = await createPayee(env.database, 'chef');
    const deps = { db: env.database.db, stripe: env.stripe };
    const reconciler = createReconciler(deps);
    await ensureAccount(env.database.db, env.stripe, chef);
    expect(await reconciler.run()).toMatchObject({ listed: 0, applied: 0 });

    const { url } = await createOnboardingLink(env.database.db, env.stripe, chef, URLS);
    await fillOnboarding(url, COMPLETE_ONBOARDING);
    expect((await chefRow(env.database, chef.userId)).stripeChargesEnabled).toBe(false);
    expect(await reconciler.run()).toMatchObject({ listed: 1, applied: 1, failed: 0 });
    expect((await chefRow(env.database, chef.userId)).stripeChargesEnabled).toBe(true);
    const again = await reconciler.run();
    expect(again.applied).toBe(0);

    // A new reconciler (a restarted server) starts from the newest recorded event.
    await env.stripe.accounts.update(
      (await chefRow(env.database, chef.userId)).stripeAccountId ?? '',
      {
        metadata: { later: '1' },
      },
    );
    const restarted = createReconciler(deps);
    expect(await restarted.run()).toMatchObject({ applied: 1, failed: 0 });
    expect(await eventRows(env)).toBe(2);
  });
});
