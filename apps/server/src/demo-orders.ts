/**
 * The demo city's first orders, so that the order screens, the kitchen board and the earnings
 * are not empty on a first start. They are made the way customers, chefs and admins make them:
 * through the API's procedures, paid on the sandbox's hosted Checkout page, confirmed by its
 * signed webhook. Only with the local sandbox (a real Stripe account gets no invented orders),
 * only once (when the database holds no order yet), and never blocking the server's start.
 */
import { appRouter, createCallerFactory, createContext, type Services } from '@homechef/api';
import { addresses, chefs, orders, users, type Database } from '@homechef/db';
import type { StripeSandbox } from '@homechef/stripe-sandbox';
import { formAction, submitForm } from '@homechef/stripe-sandbox/testing';
import type { OrderStatus } from '@homechef/validators';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Logger } from './logger.ts';

/** Where each demo order ends up; `scheduled` is paid for a slot later on. */
export type DemoTarget =
  | Extract<
      OrderStatus,
      | 'pending'
      | 'payment_confirmed'
      | 'accepted'
      | 'preparing'
      | 'ready_for_pickup'
      | 'rejected'
      | 'cancelled'
      | 'refunded'
    >
  | 'partly_refunded'
  | 'scheduled';

/** The demo orders; the first six go to chef01's kitchen, so its board shows every column. */
export const DEMO_ORDER_PLAN: readonly DemoTarget[] = [
  'payment_confirmed',
  'accepted',
  'preparing',
  'ready_for_pickup',
  'scheduled',
  'partly_refunded',
  'pending',
  'payment_confirmed',
  'accepted',
  'preparing',
  'ready_for_pickup',
  'rejected',
  'cancelled',
  'refunded',
];

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;
type Kitchen = Awaited<ReturnType<Caller['chefs']['byId']>>;

const HOUR_MS = 3_600_000;
const FIRST_KITCHEN_ORDERS = 6;
const EARTH_RADIUS_M = 6_371_000;
const CONFIRM_WITHIN_MS = 15_000;
/** What another hour may solve; anything else leaves the order out. */
const TIME_PROBLEMS = new Set(['kitchen_closed', 'below_lead_time']);

export interface DemoOrdersResult {
  made: number;
  skipped: string | null;
}

export async function createDemoOrders(
  services: Services,
  sandbox: StripeSandbox | null,
  logger: Logger,
  plan: readonly DemoTarget[] = DEMO_ORDER_PLAN,
): Promise<DemoOrdersResult> {
  const skip = (reason: string): DemoOrdersResult => ({ made: 0, skipped: reason });
  if (!sandbox) return skip('real Stripe: no invented orders');
  const { db } = services;
  const [anyOrder] = await db.select({ id: orders.id }).from(orders).limit(1);
  if (anyOrder) return skip('orders exist already');
  const people = await demoPeople(db);
  if (!people) return skip('no demo data');

  const as = (userId: string, role: 'customer' | 'chef' | 'admin') =>
    createCaller(createContext({ services, actor: { userId, role }, requestId: 'demo-orders' }));
  const admin = as(people.adminId, 'admin');
  const started = performance.now();
  let made = 0;
  for (const [i, target] of plan.entries()) {
    const kitchen = kitchenFor(people.kitchens, i);
    const customerId = kitchen?.customers[i % kitchen.customers.length];
    if (!kitchen || !customerId) break;
    const customer = as(customerId, 'customer');
    const chef = as(kitchen.userId, 'chef');
    try {
      const placed = await placeDemoOrder(customer, kitchen.id, target, i);
      if (typeof placed !== 'string') {
        logger.warn({ target, kitchen: kitchen.id, why: placed.why }, 'a demo order was left out');
        continue;
      }
      const orderId = placed;
      made++;
      if (target === 'pending') continue;
      await payOnSandbox(customer, orderId, sandbox);
      await workOrder({ customer, chef, admin }, orderId, target);
    } catch (error) {
      logger.warn({ err: error, target }, 'a demo order could not be made');
    }
  }
  logger.info(
    { orders: made, ms: Math.round(performance.now() - started) },
    'made the demo city’s first orders',
  );
  return { made, skipped: null };
}

/** The first kitchen (chef01's) takes the first orders of the plan; the others share the rest. */
function kitchenFor<K>(kitchens: readonly K[], i: number): K | undefined {
  if (i < FIRST_KITCHEN_ORDERS || kitchens.length === 1) return kitchens[0];
  return kitchens[1 + ((i - FIRST_KITCHEN_ORDERS) % (kitchens.length - 1))];
}

/** The seeded admin and payable kitchens (chef01's first) with customers they deliver to. */
async function demoPeople(db: Database) {
  const [admin] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), like(users.email, '%@homechef.local')))
    .limit(1);
  const kitchens = await db
    .select({ id: chefs.id, userId: chefs.userId, lat: chefs.lat, lng: chefs.lng })
    .from(chefs)
    .innerJoin(users, eq(users.id, chefs.userId))
    .where(
      and(
        eq(chefs.verificationStatus, 'approved'),
        eq(chefs.stripeChargesEnabled, true),
        eq(chefs.isPaused, false),
        eq(users.status, 'active'),
        like(users.email, '%@homechef.local'),
      ),
    )
    .orderBy(asc(users.email))
    .limit(4);
  // Each kitchen's customers: those whose default address it delivers to, nearest first.
  const served = await Promise.all(
    kitchens.map(async (kitchen) => {
      if (kitchen.lat === null || kitchen.lng === null) return { ...kitchen, customers: [] };
      const distance = sql`${EARTH_RADIUS_M} * 2 * asin(sqrt(
        power(sin(radians(${addresses.lat} - ${kitchen.lat}) / 2), 2) +
        cos(radians(${kitchen.lat})) * cos(radians(${addresses.lat})) *
        power(sin(radians(${addresses.lng} - ${kitchen.lng}) / 2), 2)))`;
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .innerJoin(addresses, and(eq(addresses.userId, users.id), eq(addresses.isDefault, true)))
        .innerJoin(chefs, eq(chefs.id, kitchen.id))
        .where(
          and(
            eq(users.role, 'customer'),
            eq(users.status, 'active'),
            like(users.email, '%@homechef.local'),
            sql`${distance} < ${chefs.deliveryRadiusM} * 0.9`,
          ),
        )
        .orderBy(distance)
        .limit(6);
      return { id: kitchen.id, userId: kitchen.userId, customers: rows.map((r) => r.id) };
    }),
  );
  const open = served.filter((k) => k.customers.length > 0);
  if (!admin || open.length === 0) return null;
  return { adminId: admin.id, kitchens: open };
}

/** One or two dishes with their required choices, to the customer's default address. */
async function placeDemoOrder(
  customer: Caller,
  chefId: string,
  target: DemoTarget,
  seq: number,
): Promise<string | { why: string }> {
  const kitchen = await customer.chefs.byId({ id: chefId });
  const items = cartFrom(kitchen, seq);
  const addresses = await customer.users.addresses.list();
  const home = addresses.find((a) => a.isDefault) ?? addresses[0];
  if (items.length === 0) return { why: 'no dish available' };
  if (!home) return { why: 'the customer has no address' };
  const base = {
    chefId,
    items,
    deliveryAddress: { addressId: home.id },
    tipCents: [0, 200, 300, 500][seq % 4] ?? 0,
  };
  // As soon as possible when the kitchen can cook now; otherwise (and for a scheduled one)
  // the first hour it can.
  const now = Date.now();
  const candidates: (Date | undefined)[] = target === 'scheduled' ? [] : [undefined];
  const from = target === 'scheduled' ? 20 : 1;
  for (let h = from; h <= 7 * 24; h++) {
    candidates.push(new Date(Math.ceil((now + h * HOUR_MS) / HOUR_MS) * HOUR_MS));
  }
  let why = 'no time in the next week';
  for (const scheduledFor of candidates) {
    const request = scheduledFor ? { ...base, scheduledFor } : base;
    const quote = await customer.orders.quote(request);
    const blocking = quote.problems.find((p) => !TIME_PROBLEMS.has(p.code));
    if (blocking) return { why: blocking.message };
    if (quote.problems.length > 0) {
      why = quote.problems[0]?.message ?? why;
      continue;
    }
    const placed = await customer.orders.place({
      ...request,
      idempotencyKey: `demo-order-${seq}`,
    });
    return placed.orderId;
  }
  return { why };
}

function cartFrom(kitchen: Kitchen, seq: number) {
  const dishes = kitchen.menus
    .filter((m) => m.isActive)
    .flatMap((m) => m.items)
    .filter((item) => item.isAvailable);
  const count = Math.min(dishes.length, 1 + (seq % 2));
  return Array.from({ length: count }, (_, k) => {
    const item = dishes[(seq + k) % dishes.length];
    if (!item) throw new Error('no dish');
    const optionIds = item.optionGroups.flatMap((group) =>
      group.options
        .filter((o) => o.isAvailable)
        .slice(0, group.minChoices)
        .map((o) => o.id),
    );
    return { menuItemId: item.id, quantity: 1 + ((seq + k) % 2), optionIds };
  });
}

/** The customer pays with 4242 on the hosted page; the signed webhook confirms it. */
async function payOnSandbox(customer: Caller, orderId: string, sandbox: StripeSandbox) {
  const order = await customer.orders.byId({ orderId });
  if (!order.checkoutUrl) throw new Error('the order has no payment page');
  const page = await fetch(order.checkoutUrl);
  const paid = await submitForm(formAction(await page.text(), order.checkoutUrl), {
    email: 'demo@homechef.local',
    card_number: '4242424242424242',
    name: 'Demo Customer',
  });
  if (paid.status >= 400) throw new Error(`the payment page answered ${paid.status}`);
  // The webhook (or, without one, the reconciliation loop) confirms it in a moment.
  await sandbox.webhooksIdle();
  const deadline = Date.now() + CONFIRM_WITHIN_MS;
  for (;;) {
    const { status } = await customer.orders.byId({ orderId });
    if (status === 'payment_confirmed') return;
    if (Date.now() > deadline) throw new Error(`the paid order is still ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function workOrder(
  who: { customer: Caller; chef: Caller; admin: Caller },
  orderId: string,
  target: DemoTarget,
) {
  const { customer, chef, admin } = who;
  if (target === 'payment_confirmed' || target === 'scheduled') return;
  if (target === 'cancelled') {
    await customer.orders.cancel({ orderId, reason: 'Ordered from the wrong address' });
    return;
  }
  if (target === 'rejected') {
    await chef.orders.reject({ orderId, reason: 'Ran out of masa for today, sorry' });
    return;
  }
  await chef.orders.accept({ orderId, prepMinutes: 25 });
  if (target === 'accepted') return;
  await chef.orders.markPreparing({ orderId });
  if (target === 'preparing') return;
  await chef.orders.markReady({ orderId });
  if (target === 'partly_refunded') {
    await admin.orders.refund({
      orderId,
      amountCents: 300,
      reason: 'A side was missing from the bag',
    });
  } else if (target === 'refunded') {
    await admin.orders.refund({ orderId, reason: 'The food arrived cold' });
  }
}
