// Ordering, in two parts.
// 1. `orders.place` with 8 in flight: the placing transaction (cart priced again with the kitchen
//    locked, capacity counted, order, lines, options, history and outbox written) next to a floor
//    measured in the same run (the same rows inserted by plain SQL in one transaction), and the
//    Checkout Session call to the sandbox on its own.
// 2. From a chef's accept to the customer's subscription receiving it, with 1,000 customers
//    subscribed to their orders over the bus (Redis when REDIS_URL is set).
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, report, type Measurement } from '@homechef/bench';
import {
  chefOpeningHours,
  chefs,
  createDatabase,
  itemOptionGroups,
  itemOptions,
  menuItems,
  menus,
  users,
  type Order,
} from '@homechef/db';
import { createStripeClient } from '@homechef/payments';
import { createBus } from '@homechef/realtime';
import { startStripeSandbox } from '@homechef/stripe-sandbox';
import { connectedAccount } from '@homechef/stripe-sandbox/testing';
import { PlaceOrderInput } from '@homechef/validators';
import { sql } from 'drizzle-orm';
import type { Actor, Services } from '../src/context.ts';
import {
  acceptOrder,
  DEFAULT_ORDER_SETTINGS,
  ensureCheckout,
  orderStatusStream,
  requestHash,
  reserveOrder,
} from '../src/domains/orders/index.ts';
import { startOutboxRelay } from '../src/shared/outbox.ts';

const KITCHENS = 32;
const SUBSCRIBERS = 1000;
const ACCEPTS = 300;
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const concurrency = 8;
const run = Date.now().toString(36);

const handle = process.env.DATABASE_URL
  ? createDatabase({ url: process.env.DATABASE_URL, max: concurrency + 4 })
  : createDatabase({ dataDir: join(process.env.DATA_DIR ?? tmpdir(), 'pglite-orders-bench') });
await handle.migrate();
const { db } = handle;
const bus = await createBus(process.env.REDIS_URL, { prefix: `bench:${run}:` });
const sandbox = await startStripeSandbox({
  dataDir: mkdtempSync(join(tmpdir(), 'orders-bench-sandbox-')),
});
const stripe = createStripeClient({
  secretKey: sandbox.secretKey,
  endpoint: sandbox.stripeConfig,
  maxNetworkRetries: 0,
});
const relay = startOutboxRelay({ db, bus, intervalMs: 1000 });
const services = {
  db,
  payments: { stripe, onboardingUrls: { chef: {}, driver: {} } },
  orders: DEFAULT_ORDER_SETTINGS,
  outbox: relay,
  bus,
} as unknown as Services; // Only what ordering reads; no HTTP server in between.

// ---- Kitchens (payable, open all week, two dishes, one with a required option) -------------

interface Kitchen {
  id: string;
  userId: string;
  dish: string;
  side: string;
  option: string;
}
const kitchens: Kitchen[] = [];
for (let k = 0; k < KITCHENS; k++) {
  const account = await connectedAccount(stripe);
  const [user] = await db
    .insert(users)
    .values({
      email: `bench-order-chef-${run}-${k}@bench.test`,
      passwordHash: 'x',
      name: 'Chef',
      role: 'chef',
    })
    .returning({ id: users.id });
  const [chef] = await db
    .insert(chefs)
    .values({
      userId: user!.id,
      businessName: `Bench kitchen ${k}`,
      lat: 37.8044,
      lng: -122.2712,
      deliveryRadiusM: 10_000,
      timezone: 'America/Los_Angeles',
      verificationStatus: 'approved',
      stripeAccountId: account.id,
      stripeChargesEnabled: true,
      permitExpiresOn: '2099-12-31',
    })
    .returning({ id: chefs.id });
  const chefId = chef!.id;
  await db.insert(chefOpeningHours).values(
    Array.from({ length: 7 }, (_, weekday) => ({
      chefId,
      weekday,
      opensAt: '00:00',
      closesAt: '23:59',
    })),
  );
  const [menu] = await db
    .insert(menus)
    .values({ chefId, name: 'Menu' })
    .returning({ id: menus.id });
  const [dish, side] = await db
    .insert(menuItems)
    .values([
      { menuId: menu!.id, chefId, name: 'Curry', priceCents: 1200 },
      { menuId: menu!.id, chefId, name: 'Roti', priceCents: 450 },
    ])
    .returning({ id: menuItems.id });
  const [group] = await db
    .insert(itemOptionGroups)
    .values({ itemId: dish!.id, name: 'Spice', minChoices: 1, maxChoices: 1 })
    .returning({ id: itemOptionGroups.id });
  const [option] = await db
    .insert(itemOptions)
    .values({ groupId: group!.id, name: 'Hot', priceDeltaCents: 50 })
    .returning({ id: itemOptions.id });
  kitchens.push({
    id: chefId,
    userId: user!.id,
    dish: dish!.id,
    side: side!.id,
    option: option!.id,
  });
}

const customers: Actor[] = [];
for (let c = 0; c < concurrency * 4; c++) {
  const [user] = await db
    .insert(users)
    .values({
      email: `bench-order-customer-${run}-${c}@bench.test`,
      passwordHash: 'x',
      name: 'Customer',
      role: 'customer',
    })
    .returning({ id: users.id });
  customers.push({ userId: user!.id, role: 'customer' });
}

function cartFor(i: number) {
  const kitchen = kitchens[i % KITCHENS]!;
  return PlaceOrderInput.parse({
    chefId: kitchen.id,
    items: [
      { menuItemId: kitchen.dish, quantity: 2, optionIds: [kitchen.option] },
      { menuItemId: kitchen.side, quantity: 1 },
    ],
    deliveryAddress: {
      line1: '1 Bench Way',
      city: 'Oakland',
      postalCode: '94612',
      lat: 37.81,
      lng: -122.26,
    },
    tipCents: 200,
    idempotencyKey: `bench-${run}-${i}-${randomUUID()}`,
  });
}

// ---- 1. Placing ------------------------------------------------------------------------------

const reserved: Order[] = [];
const cases: [string, (i: number) => Promise<unknown>][] = [
  [
    'floor: the same rows by plain SQL, one transaction',
    async (i) => {
      const kitchen = kitchens[i % KITCHENS]!;
      const customer = customers[i % customers.length]!;
      const id = randomUUID();
      const [line1, line2] = [randomUUID(), randomUUID()];
      await db.transaction(async (tx) => {
        await tx.execute(sql`insert into orders (id, customer_id, chef_id, delivery_line1, delivery_city,
          delivery_postal_code, delivery_lat, delivery_lng, subtotal_cents, delivery_fee_cents, tip_cents,
          platform_fee_cents, total_cents, idempotency_key, request_hash, service_date)
          values (${id}, ${customer.userId}, ${kitchen.id}, '1 Bench Way', 'Oakland', '94612', 37.81, -122.26,
          2950, 388, 200, 443, 3538, ${id}, ${id}, current_date)`);
        await tx.execute(sql`insert into order_items (id, order_id, menu_item_id, name, unit_price_cents, quantity, line_total_cents)
          values (${line1}, ${id}, ${kitchen.dish}, 'Curry', 1250, 2, 2500), (${line2}, ${id}, ${kitchen.side}, 'Roti', 450, 1, 450)`);
        await tx.execute(sql`insert into order_item_options (order_item_id, option_id, group_name, option_name, price_delta_cents)
          values (${line1}, ${kitchen.option}, 'Spice', 'Hot', 50)`);
        await tx.execute(sql`insert into order_status_history (order_id, to_status, actor_role, actor_user_id)
          values (${id}, 'pending', 'customer', ${customer.userId})`);
        await tx.execute(sql`insert into outbox (topic, payload) values
          (${`order:${id}`}, ${JSON.stringify({ orderId: id })}::jsonb), (${`kitchen:${kitchen.id}`}, ${JSON.stringify({ orderId: id })}::jsonb)`);
      });
    },
  ],
  [
    'orders.place: the placing transaction',
    async (i) => {
      const input = cartFor(i);
      const order = await reserveOrder(
        services,
        customers[i % customers.length]!,
        input,
        requestHash(input),
        new Date(),
      );
      reserved.push(order);
    },
  ],
];

const results: [string, Measurement][] = [];
for (const [name, fn] of cases) {
  results.push([
    name,
    await measure(async (i) => (await fn(i)) !== false, { concurrency, seconds }),
  ]);
}
// Each Checkout Session is for an order that has none yet: top the pool up, untimed.
const POOL = 2_000;
for (let i = reserved.length; i < POOL; i += concurrency) {
  await Promise.all(
    Array.from({ length: concurrency }, async (_, j) => {
      const input = cartFor(i + j);
      const customer = customers[(i + j) % customers.length]!;
      reserved.push(await reserveOrder(services, customer, input, requestHash(input), new Date()));
    }),
  );
}
let next = 0;
results.push([
  'orders.place: the Checkout Session (sandbox HTTP)',
  await measure(
    async () => {
      const order = reserved[next++];
      if (!order) throw new Error('the pool of orders ran out: raise POOL');
      await ensureCheckout(services, order);
    },
    { concurrency, seconds },
  ),
]);
report(
  `orders.place (db: ${handle.kind}, ${seconds}s each, ${concurrency} in flight, ${KITCHENS} kitchens)`,
  results,
  results[0]![0],
);

// ---- 2. Accept → the customer's stream -----------------------------------------------------

const kitchen = kitchens[0]!;
const chefRow = (
  await db
    .select()
    .from(chefs)
    .where(sql`id = ${kitchen.id}`)
)[0]!;
const subscriberIds: string[] = [];
await db.transaction(async (tx) => {
  for (let s = 0; s < SUBSCRIBERS; s++) {
    const id = randomUUID();
    const customer = customers[s % customers.length]!;
    await tx.execute(sql`insert into orders (id, customer_id, chef_id, status, delivery_line1, delivery_city,
      delivery_postal_code, delivery_lat, delivery_lng, subtotal_cents, platform_fee_cents, total_cents,
      idempotency_key, request_hash, service_date)
      values (${id}, ${customer.userId}, ${kitchen.id}, 'payment_confirmed', '1 Bench Way', 'Oakland', '94612',
      37.81, -122.26, 1200, 180, 1200, ${id}, ${id}, current_date)`);
    subscriberIds.push(id);
  }
});
const admin: Actor = { userId: kitchen.userId, role: 'admin' };
// The subscribers' connections: closed at the end, which ends the streams still waiting.
const connections = new AbortController();
setMaxListeners(SUBSCRIBERS * 2, connections.signal);
const streams = subscriberIds.map((orderId) => {
  const stream = orderStatusStream(services, admin, { orderId }, connections.signal);
  // The first read subscribes and reads the (empty) history.
  const first = stream.next();
  return { orderId, stream, first };
});
await new Promise((r) => setTimeout(r, 500));
const latencies: number[] = [];
for (let a = 0; a < ACCEPTS; a++) {
  const { orderId, stream, first } = streams[(a * 3) % SUBSCRIBERS]!;
  const t0 = performance.now();
  await acceptOrder(services, chefRow, { orderId, prepMinutes: 20 });
  await first;
  latencies.push(performance.now() - t0);
  await stream.return(undefined);
}
latencies.sort((x, y) => x - y);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
console.log(
  `\nAccept → customer's subscription (bus: ${bus.kind}, ${SUBSCRIBERS} customers subscribed, ${ACCEPTS} accepts one after another)`,
);
console.log('| p50 ms | p90 ms | p99 ms | max ms |');
console.log('|---:|---:|---:|---:|');
console.log(
  `| ${at(0.5).toFixed(1)} | ${at(0.9).toFixed(1)} | ${at(0.99).toFixed(1)} | ${at(1).toFixed(1)} |`,
);

connections.abort();
await Promise.all(streams.map((s) => s.first.catch(() => undefined)));
await relay.stop();
await bus.close();
await sandbox.close();
await handle.close();
