/**
 * Ordering tests' world: a Stripe sandbox (the real SDK over HTTP), a payable kitchen with
 * dishes and options, customers, and Stripe's events handed to the webhook handler the way
 * `POST /webhooks/stripe` does (one at a time, or duplicated and reordered).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import {
  chefOpeningHours,
  chefs,
  itemOptionGroups,
  itemOptions,
  ledgerEntries,
  menuItems,
  menus,
  orders,
  orderStatusHistory,
  payments,
  type Order,
} from '@homechef/db';
import { createStripeClient, handleEvent } from '@homechef/payments';
import { startStripeSandbox, type StripeSandbox } from '@homechef/stripe-sandbox';
import { connectedAccount, payCheckout } from '@homechef/stripe-sandbox/testing';
import type { OrderStatus, PlaceOrderInput } from '@homechef/validators';
import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { Actor, Services } from '../src/context.ts';
import type { RateLimitSettings } from '../src/shared/rate-limits.ts';
import { orderPaymentEffects, type OrderSettings } from '../src/domains/orders/index.ts';
import {
  callerFor,
  createTestEnv,
  createUser,
  TEST_ONBOARDING_URLS,
  type TestEnv,
} from './fixtures.ts';
import { createKitchen, destination, OAKLAND, type KitchenOptions } from './kitchens.ts';

export interface OrdersEnv {
  env: TestEnv;
  sandbox: StripeSandbox;
  stripe: Stripe;
  /** Hands every Stripe event not handled yet to the webhook handler, oldest first. */
  deliverEvents(options?: { reverse?: boolean; twice?: boolean }): Promise<number>;
  close(): Promise<void>;
}

export async function startOrdersEnv(
  orderSettings: Partial<OrderSettings> = {},
  limits?: RateLimitSettings,
): Promise<OrdersEnv> {
  const dataDir = await mkdtemp(join(tmpdir(), 'orders-sandbox-'));
  const sandbox = await startStripeSandbox({ dataDir });
  const stripe = createStripeClient({
    secretKey: sandbox.secretKey,
    endpoint: sandbox.stripeConfig,
    maxNetworkRetries: 0,
  });
  const env = await createTestEnv({
    payments: { stripe, onboardingUrls: TEST_ONBOARDING_URLS },
    orders: orderSettings,
    ...(limits ? { limits } : {}),
  });
  const seen = new Set<string>();
  let since = 0;
  return {
    env,
    sandbox,
    stripe,
    async deliverEvents({ reverse = false, twice = false } = {}) {
      const fresh: Stripe.Event[] = [];
      // Events of the same second as the last run are listed again and skipped as seen.
      for await (const event of stripe.events.list({ limit: 100, created: { gte: since } })) {
        if (!seen.has(event.id)) fresh.push(event);
      }
      since = Math.max(since, ...fresh.map((e) => e.created));
      fresh.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
      if (reverse) fresh.reverse();
      const batch = twice ? [...fresh, ...fresh] : fresh;
      for (const event of batch) {
        await handleEvent({ db: env.services.db, stripe, effects: orderPaymentEffects }, event);
        seen.add(event.id);
      }
      env.services.outbox.kick();
      return fresh.length;
    },
    async close() {
      await env.close();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Menu {
  chefId: string;
  chef: Actor;
  /** A $12.00 curry with a required spice level (mild +0, hot +$0.50) and optional extras. */
  curry: string;
  mild: string;
  hot: string;
  rice: string;
  /** A $4.50 side without options. */
  bread: string;
}

/** A listed kitchen whose Express account can take charges, with two dishes. */
export async function createPayableKitchen(
  o: OrdersEnv,
  options: KitchenOptions = {},
): Promise<Menu> {
  const account = await connectedAccount(o.stripe);
  const { chef, actor, itemIds } = await createKitchen(o.env.services, {
    stripeAccountId: account.id,
    stripeChargesEnabled: true,
    stripePayoutsEnabled: true,
    dishes: [
      { name: 'Green curry', priceCents: 1200 },
      { name: 'Roti', priceCents: 450 },
    ],
    ...options,
  });
  const [curry, bread] = itemIds as [string, string];
  const db = o.env.services.db;
  const [spice, extras] = await db
    .insert(itemOptionGroups)
    .values([
      { itemId: curry, name: 'Spice level', minChoices: 1, maxChoices: 1, position: 0 },
      { itemId: curry, name: 'Extras', minChoices: 0, maxChoices: 2, position: 1 },
    ])
    .returning();
  const [mild, hot, rice] = await db
    .insert(itemOptions)
    .values([
      { groupId: spice!.id, name: 'Mild', priceDeltaCents: 0, position: 0 },
      { groupId: spice!.id, name: 'Hot', priceDeltaCents: 50, position: 1 },
      { groupId: extras!.id, name: 'Jasmine rice', priceDeltaCents: 250, position: 0 },
    ])
    .returning();
  return {
    chefId: chef.id,
    chef: actor,
    curry,
    bread,
    mild: mild!.id,
    hot: hot!.id,
    rice: rice!.id,
  };
}

/** A customer 1.2 km from the kitchen. */
export async function createCustomer(o: OrdersEnv): Promise<Actor> {
  return (await createUser(o.env.services, { role: 'customer' })).actor;
}

export const NEARBY = destination(OAKLAND.lat, OAKLAND.lng, 90, 1200);

export function cart(menu: Menu, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    chefId: menu.chefId,
    items: [
      { menuItemId: menu.curry, quantity: 2, optionIds: [menu.hot, menu.rice] },
      { menuItemId: menu.bread, quantity: 1 },
    ],
    deliveryAddress: {
      line1: '500 Grand Ave',
      city: 'Oakland',
      postalCode: '94610',
      lat: NEARBY.lat,
      lng: NEARBY.lng,
    },
    tipCents: 300,
    idempotencyKey: `test-${randomUUID()}`,
    ...overrides,
  };
}

/** Places the cart and pays on the sandbox's page with `card`; returns the order id. */
export async function placeAndPay(
  o: OrdersEnv,
  customer: Actor,
  input: PlaceOrderInput,
  card = '4242424242424242',
): Promise<string> {
  const placed = await callerFor(o.env.services, customer).orders.place(input);
  if (!placed.checkoutUrl) throw new Error('no checkout url');
  const sessionId = new URL(placed.checkoutUrl).pathname.split('/').pop() ?? '';
  const session = await o.stripe.checkout.sessions.retrieve(sessionId);
  const paid = await payCheckout(session, card);
  // A declined card is a 402 page; anything else not a redirect is a broken page.
  if (paid.status >= 400 && paid.status !== 402) {
    throw new Error(`checkout page answered ${paid.status}`);
  }
  return placed.orderId;
}

export async function orderRow(o: OrdersEnv, orderId: string): Promise<Order> {
  const [order] = await o.env.services.db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) throw new Error('no such order');
  return order;
}

/** charged = chef share + driver share + platform fee + refunded, from the journal. */
export async function ledgerOf(o: OrdersEnv, orderId: string) {
  const rows = await o.env.services.db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.orderId, orderId));
  const sum = (account: string) =>
    rows.filter((r) => r.account === account).reduce((s, r) => s + r.amountCents, 0);
  return {
    charged: -sum('customer_charge'),
    chef: sum('chef_share'),
    driver: sum('driver_share'),
    platform: sum('platform_fee'),
    refunded: sum('refund'),
  };
}

export async function setDailyQuantity(o: OrdersEnv, itemId: string, quantity: number | null) {
  await o.env.services.db
    .update(menuItems)
    .set({ dailyQuantity: quantity })
    .where(eq(menuItems.id, itemId));
}

/**
 * An order written straight to the database in `status` (with its history), for tests that
 * need one in a given state without paying for it.
 */
export async function insertOrder(
  services: Services,
  {
    chefId,
    customerId,
    status,
    driverId = null,
  }: { chefId: string; customerId: string; status: OrderStatus; driverId?: string | null },
): Promise<string> {
  const id = randomUUID();
  await services.db.transaction(async (tx) => {
    await tx.insert(orders).values({
      id,
      customerId,
      chefId,
      driverId,
      status,
      deliveryLine1: '1 Test St',
      deliveryCity: 'Oakland',
      deliveryPostalCode: '94612',
      deliveryLat: OAKLAND.lat,
      deliveryLng: OAKLAND.lng,
      subtotalCents: 1200,
      platformFeeCents: 180,
      totalCents: 1200,
      idempotencyKey: id,
      requestHash: id,
      serviceDate: new Date().toISOString().slice(0, 10),
    });
    await tx.insert(orderStatusHistory).values({
      orderId: id,
      toStatus: status,
      actorRole: 'system',
    });
  });
  return id;
}

/** An approved, payable kitchen for the chef user `owner`. */
async function kitchenOf(services: Services, stripe: Stripe, owner: Actor): Promise<string> {
  const [existing] = await services.db.select().from(chefs).where(eq(chefs.userId, owner.userId));
  if (existing) return existing.id;
  const account = await connectedAccount(stripe);
  const [chef] = await services.db
    .insert(chefs)
    .values({
      userId: owner.userId,
      businessName: 'Owned kitchen',
      lat: OAKLAND.lat,
      lng: OAKLAND.lng,
      verificationStatus: 'approved',
      stripeAccountId: account.id,
      stripeChargesEnabled: true,
      permitExpiresOn: '2099-12-31',
    })
    .returning({ id: chefs.id });
  return chef!.id;
}

/**
 * For the authorization matrix: the order procedures that take the id of someone's object
 * (an order, a saved address), with how to make one owned by `owner`.
 */
export function orderOwnedCases(
  services: () => Services,
  stripe: () => Stripe,
): Record<string, (owner: Actor) => Promise<unknown>> {
  const someKitchen = async () => {
    const chef = await createUser(services(), { role: 'chef' });
    return kitchenOf(services(), stripe(), chef.actor);
  };
  const ownOrder = async (owner: Actor, status: OrderStatus = 'payment_confirmed') =>
    insertOrder(services(), {
      chefId: await someKitchen(),
      customerId: owner.userId,
      status,
    });
  const kitchenOrder = async (owner: Actor, status: OrderStatus) => {
    const customer = await createUser(services(), { role: 'customer' });
    return insertOrder(services(), {
      chefId: await kitchenOf(services(), stripe(), owner),
      customerId: customer.id,
      status,
    });
  };
  const savedAddressCart = async (owner: Actor) => {
    const chefId = await someKitchen();
    await services()
      .db.insert(chefOpeningHours)
      .values(
        Array.from({ length: 7 }, (_, weekday) => [
          { chefId, weekday, opensAt: '00:00', closesAt: '12:00' },
          { chefId, weekday, opensAt: '12:00', closesAt: '00:00' },
        ]).flat(),
      );
    const [item] = await services()
      .db.insert(menus)
      .values({ chefId, name: 'Menu' })
      .returning({ id: menus.id })
      .then(([menu]) =>
        services()
          .db.insert(menuItems)
          .values({ menuId: menu!.id, chefId, name: 'Dal', priceCents: 900 })
          .returning({ id: menuItems.id }),
      );
    const address = await callerFor(services(), owner).users.addresses.add({
      line1: '2 Owner Way',
      city: 'Oakland',
      postalCode: '94612',
      lat: NEARBY.lat,
      lng: NEARBY.lng,
    });
    return {
      chefId,
      items: [{ menuItemId: item!.id, quantity: 1 }],
      deliveryAddress: { addressId: address.id },
    };
  };
  return {
    'orders.quote': savedAddressCart,
    'orders.place': async (owner) => ({
      ...(await savedAddressCart(owner)),
      idempotencyKey: `owned-${randomUUID()}`,
    }),
    'orders.byId': async (owner) => ({ orderId: await ownOrder(owner) }),
    'orders.onStatus': async (owner) => ({ orderId: await ownOrder(owner) }),
    'orders.cancel': async (owner) => ({ orderId: await ownOrder(owner) }),
    'orders.accept': async (owner) => ({
      orderId: await kitchenOrder(owner, 'payment_confirmed'),
      prepMinutes: 20,
    }),
    'orders.reject': async (owner) => ({
      orderId: await kitchenOrder(owner, 'payment_confirmed'),
      reason: 'Closed today',
    }),
    'orders.markPreparing': async (owner) => ({ orderId: await kitchenOrder(owner, 'accepted') }),
    'orders.markReady': async (owner) => ({ orderId: await kitchenOrder(owner, 'preparing') }),
    'reviews.create': async (owner) => ({
      orderId: await ownOrder(owner, 'delivered'),
      chefRating: 4,
    }),
    'reviews.forOrder': async (owner) => ({ orderId: await ownOrder(owner, 'delivered') }),
  };
}

/** The order's charge as Stripe holds it, with its application fee. */
export async function stripeChargeOf(o: OrdersEnv, orderId: string) {
  const [payment] = await o.env.services.db
    .select()
    .from(payments)
    .where(eq(payments.orderId, orderId));
  if (!payment) throw new Error('order not paid');
  const pi = await o.stripe.paymentIntents.retrieve(payment.stripePaymentIntentId, {
    expand: ['latest_charge.application_fee'],
  });
  return pi.latest_charge as Stripe.Charge & { application_fee: Stripe.ApplicationFee };
}
