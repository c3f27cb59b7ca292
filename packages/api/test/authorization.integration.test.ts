/**
 * The authorization matrix: every procedure of the app router, found from the router itself,
 * called by an anonymous caller and by each role. A new procedure is covered the moment it
 * exists; a procedure that takes the id of someone's object must also say how to make one.
 */
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { users } from '@homechef/db';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../src/context.ts';
import { listProcedures } from '../src/docs.ts';
import { appRouter } from '../src/root.ts';
import { authenticate } from '../src/domains/auth/index.ts';
import { uploadDriverDocument } from '../src/domains/documents/index.ts';
import { callerFor, createTestEnv, createUser, TEST_PASSWORD, type TestEnv } from './fixtures.ts';
import { assignedOrder, createDriver, dispatchOwnedCases } from './dispatch.ts';
import { driverOwnedCases } from './drivers.ts';
import { kitchenOwnedCases, SAMPLE_FILES } from './kitchens.ts';
import { orderOwnedCases } from './orders.ts';
import { createStripeClient } from '@homechef/payments';
import { startStripeSandbox, type StripeSandbox } from '@homechef/stripe-sandbox';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Stripe from 'stripe';
import { TEST_ONBOARDING_URLS } from './fixtures.ts';

const ROLES: Role[] = ['customer', 'chef', 'driver', 'admin'];
const procedures = listProcedures(appRouter);

let env: TestEnv;
let sandbox: StripeSandbox;
let sandboxDir: string;
let stripe: Stripe;
const actors = {} as Record<Role, Actor>;
beforeAll(async () => {
  // Placing an order opens a payment page: the matrix runs against the Stripe sandbox.
  sandboxDir = await mkdtemp(join(tmpdir(), 'authz-sandbox-'));
  sandbox = await startStripeSandbox({ dataDir: sandboxDir });
  stripe = createStripeClient({
    secretKey: sandbox.secretKey,
    endpoint: sandbox.stripeConfig,
    maxNetworkRetries: 0,
  });
  env = await createTestEnv({ payments: { stripe, onboardingUrls: TEST_ONBOARDING_URLS } });
  for (const role of ROLES) actors[role] = (await createUser(env.services, { role })).actor;
});
afterAll(async () => {
  await env.close();
  await sandbox.close();
  await rm(sandboxDir, { recursive: true, force: true });
});

type Callable = (input?: unknown) => Promise<unknown>;

function procedureOf(caller: unknown, path: string): Callable {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;
}

/** Refused at the access layer, or let through (whatever the procedure then made of no input). */
async function outcome(
  actor: Actor | null,
  path: string,
): Promise<'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN'> {
  try {
    // `.call`: tRPC's proxy reads a bare `.apply(...)` (chefs.apply) as Function.prototype's.
    const result = await procedureOf(callerFor(env.services, actor), path).call(
      undefined,
      undefined,
    );
    // A subscription hands back its stream: close it.
    const stream = result as AsyncIterator<unknown> | undefined;
    if (stream && typeof stream.return === 'function') await stream.return();
    return 'allowed';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === 'UNAUTHORIZED' && error.message === 'Sign in first') return 'UNAUTHORIZED';
    if (error.code === 'FORBIDDEN' && /^Only \w+s( and \w+s)? may do this$/.test(error.message))
      return 'FORBIDDEN';
    return 'allowed';
  }
}

function expected(
  access: string,
  who: Role | 'anonymous',
): 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN' {
  if (access === 'public') return 'allowed';
  if (who === 'anonymous') return 'UNAUTHORIZED';
  if (access === 'authenticated') return 'allowed';
  return access.split(',').includes(who) ? 'allowed' : 'FORBIDDEN';
}

describe('authorization matrix', () => {
  it('finds the procedures from the router', () => {
    expect(procedures.length).toBeGreaterThan(5);
    expect(procedures.map((p) => p.path)).toContain('auth.me');
  });

  describe.each(procedures.map((p) => [p.path, p.def.meta?.access ?? 'undeclared'] as const))(
    '%s (%s)',
    (path, access) => {
      it.each(['anonymous' as const, ...ROLES])('as %s', async (who) => {
        const actor = who === 'anonymous' ? null : actors[who];
        expect(await outcome(actor, path)).toBe(expected(access, who));
      });
    },
  );

  it.each([
    {
      loads: 'kitchen' as const,
      role: 'chef' as const,
      some: ['menus.create', 'menus.updateItem', 'chefs.update'],
      message: 'You have no kitchen yet: start your application first',
    },
    {
      loads: 'driver' as const,
      role: 'driver' as const,
      some: ['drivers.submit', 'drivers.deleteDocument'],
      message: 'You have no driver profile yet: enter your vehicle first',
    },
  ])(
    'refuses a $role without a $loads alike on every procedure that loads it',
    async ({ loads, role, some, message }) => {
      const loading = procedures.filter((p) => p.def.meta?.loads === loads);
      expect(loading.map((p) => p.path)).toEqual(expect.arrayContaining(some) as unknown);
      const actor = (await createUser(env.services, { role })).actor;
      for (const { path } of loading) {
        const error = await procedureOf(callerFor(env.services, actor), path)
          .call(undefined, undefined)
          .then(
            () => null,
            (e: unknown) => e,
          );
        expect({ path, error }).toMatchObject({
          path,
          error: { code: 'PRECONDITION_FAILED', message },
        });
      }
    },
  );

  it('refuses a suspended user everywhere: their token no longer authenticates', async () => {
    const user = await createUser(env.services, { role: 'chef' });
    const session = await callerFor(env.services, null).auth.login({
      email: user.email,
      password: TEST_PASSWORD,
    });
    await expect(authenticate(env.services, session.accessToken)).resolves.toMatchObject({
      userId: user.id,
    });
    await env.services.db
      .update(users)
      .set({ status: 'suspended', suspendedReason: 'test' })
      .where(eq(users.id, user.id));
    await expect(authenticate(env.services, session.accessToken)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

/**
 * Procedures that take the id of an object belonging to a user. Each entry makes an object
 * owned by `owner` and returns the input that names it; another user of the same role must get
 * NOT_FOUND (never FORBIDDEN, which would confirm that the object exists).
 */
async function savedAddress(owner: Actor) {
  const address = await callerFor(env.services, owner).users.addresses.add({
    line1: '1 Private Rd',
    city: 'Oakland',
    postalCode: '94612',
    lat: 37.8,
    lng: -122.27,
  });
  return { id: address.id };
}

const OWNED: Record<string, (owner: Actor) => Promise<unknown>> = {
  ...kitchenOwnedCases(() => env.services),
  ...dispatchOwnedCases(() => env.services),
  ...driverOwnedCases(() => env.services),
  ...orderOwnedCases(
    () => env.services,
    () => stripe,
  ),
  'tracking.onDriverLocation': async (owner) => {
    const driver = await createDriver(env.services);
    const { orderId } = await assignedOrder(env.services, driver.id, undefined, {
      customer: owner,
    });
    return { orderId };
  },
  'orders.deliveryPhotoUrl': async (owner) => {
    // Delivered with a photo at the door: the driver uploads it on the job, then delivers.
    const driver = await createDriver(env.services);
    const { orderId } = await assignedOrder(env.services, driver.id, 'in_transit', {
      customer: owner,
    });
    const photo = await uploadDriverDocument(env.services, driver.actor, {
      kind: 'delivery_photo',
      fileName: 'door.jpg',
      body: [SAMPLE_FILES.jpeg],
    });
    await callerFor(env.services, driver.actor).dispatch.delivered({
      orderId,
      photoDocumentId: photo.id,
    });
    return { orderId };
  },
  'users.addresses.setDefault': savedAddress,
  'users.addresses.remove': savedAddress,
};

function takesAnId(def: { inputs: unknown[] }): boolean {
  const schemas = def.inputs.filter((s): s is z.ZodType => s instanceof z.ZodType);
  return schemas.some((s) =>
    JSON.stringify(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' })).includes(
      '"format":"uuid"',
    ),
  );
}

describe('object-level authorization', () => {
  const owned = procedures.filter(
    (p) => takesAnId(p.def) && !['public', 'admin'].includes(p.def.meta?.access ?? ''),
  );

  it('every signed-in procedure that takes an id has an ownership case here', () => {
    expect(owned.map((p) => p.path).filter((path) => !(path in OWNED))).toEqual([]);
  });

  it.each(Object.keys(OWNED))(
    '%s refuses another user’s object with NOT_FOUND and leaves it alone',
    async (path) => {
      const access = procedures.find((p) => p.path === path)?.def.meta?.access;
      const role: Role = access && ROLES.includes(access as Role) ? (access as Role) : 'customer';
      const owner = (await createUser(env.services, { role })).actor;
      const stranger = (await createUser(env.services, { role })).actor;
      // Another chef is one with a kitchen of their own (without one, a chef is refused first).
      if (role === 'chef') {
        await callerFor(env.services, stranger).chefs.apply.call(undefined, {
          businessName: 'Stranger’s kitchen',
        });
      }
      // Another driver is one with a profile of their own.
      if (role === 'driver') {
        await callerFor(env.services, stranger).drivers.saveProfile({ vehicleType: 'bicycle' });
      }
      const input = await OWNED[path]!(owner);
      const error = await procedureOf(callerFor(env.services, stranger), path)
        .call(undefined, input)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('NOT_FOUND');
      // The owner still can.
      await expect(
        procedureOf(callerFor(env.services, owner), path).call(undefined, input),
      ).resolves.toBeDefined();
    },
  );
});
