import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStripeClient } from '@homechef/payments';
import { startStripeSandbox, type StripeSandbox } from '@homechef/stripe-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callerFor,
  createTestEnv,
  createUser,
  TEST_ONBOARDING_URLS,
  type TestEnv,
} from '../../../test/fixtures.ts';
import { createKitchen, OAKLAND } from '../../../test/kitchens.ts';

let env: TestEnv;
let sandbox: StripeSandbox;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'api-payments-sandbox-'));
  // No webhooks: the status a person sees on the return page is read from Stripe itself.
  sandbox = await startStripeSandbox({ dataDir });
  env = await createTestEnv({
    payments: {
      stripe: createStripeClient({
        secretKey: sandbox.secretKey,
        endpoint: sandbox.stripeConfig,
        maxNetworkRetries: 0,
      }),
      onboardingUrls: TEST_ONBOARDING_URLS,
    },
  });
});
afterAll(async () => {
  await env.close();
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Opens the sandbox's hosted onboarding page and posts its form as a browser does. */
async function fillOnboarding(url: string, fields: Record<string, string>): Promise<string> {
  const page = await fetch(url, { redirect: 'manual' });
  expect(page.status).toBe(200);
  const action = /<form method="post" action="([^"]+)"/.exec(await page.text())?.[1];
  if (!action) throw new Error('no form on the onboarding page');
  const res = await fetch(new URL(action.replaceAll('&amp;', '&'), url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return res.headers.get('location') ?? `status ${res.status}`;
}

async function listed(chefId: string): Promise<boolean> {
  const result = await callerFor(env.services, null).chefs.search(OAKLAND);
  return result.items.some((item) => item.id === chefId);
}

describe('payments procedures', () => {
  it('an approved kitchen is listed only once its onboarding is complete', async () => {
    const { chef, actor } = await createKitchen(env.services, {
      stripeAccountId: null,
      stripeChargesEnabled: false,
      stripePayoutsEnabled: false,
    });
    const caller = callerFor(env.services, actor);
    expect(await caller.payments.accountStatus()).toMatchObject({ state: 'not_started' });
    expect(await listed(chef.id)).toBe(false);

    const first = await caller.payments.onboardingLink({});
    expect(first.url.startsWith(sandbox.url)).toBe(true);
    expect(
      await fillOnboarding(first.url, { first_name: 'Ada', last_name: 'Chef', action: 'save' }),
    ).toBe(TEST_ONBOARDING_URLS.chef.returnUrl);
    const incomplete = await caller.payments.accountStatus();
    expect(incomplete.state).toBe('incomplete');
    expect(incomplete.missing).toContain('Bank account for payouts');
    expect(await listed(chef.id)).toBe(false);
    await expect(caller.payments.dashboardLink()).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });

    const second = await caller.payments.onboardingLink({});
    expect(second.url).not.toBe(first.url);
    await fillOnboarding(second.url, {
      dob: '1990-04-01',
      account_number: '000123456789',
      tos: 'accepted',
      action: 'submit',
    });
    const connected = await caller.payments.accountStatus();
    expect(connected).toMatchObject({ state: 'connected', chargesEnabled: true, missing: [] });
    expect(connected.accountId).toBe((await accountIds())[0]);
    expect(await listed(chef.id)).toBe(true);
    const dashboard = await caller.payments.dashboardLink();
    expect((await fetch(dashboard.url)).status).toBe(200);
  });

  it('admins read a kitchen’s account live from Stripe', async () => {
    const admin = await createUser(env.services, { role: 'admin' });
    const asAdmin = callerFor(env.services, admin.actor).admin;
    const { chef, actor } = await createKitchen(env.services, {
      stripeAccountId: null,
      stripeChargesEnabled: false,
      stripePayoutsEnabled: false,
    });
    expect(await asAdmin.chefAccountStatus({ id: chef.id })).toMatchObject({
      state: 'not_started',
      accountId: null,
    });
    const { url } = await callerFor(env.services, actor).payments.onboardingLink({});
    await fillOnboarding(url, { first_name: 'Ada', action: 'save' });
    const incomplete = await asAdmin.chefAccountStatus({ id: chef.id });
    expect(incomplete.state).toBe('incomplete');
    expect(incomplete.missing).toEqual([
      'Last name',
      'Date of birth',
      'Bank account for payouts',
      'Acceptance of the Stripe services agreement',
    ]);
    await expect(
      asAdmin.chefAccountStatus({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a driver without a driver profile is told to create one first', async () => {
    const driver = await createUser(env.services, { role: 'driver' });
    await expect(
      callerFor(env.services, driver.actor).payments.onboardingLink({}),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('refuses unknown input keys', async () => {
    const { actor } = await createKitchen(env.services, { stripeAccountId: null });
    await expect(
      callerFor(env.services, actor).payments.onboardingLink({
        returnUrl: 'https://evil.test',
      } as never),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

async function accountIds(): Promise<string[]> {
  return (await env.services.payments.stripe.accounts.list()).data.map((a) => a.id);
}
