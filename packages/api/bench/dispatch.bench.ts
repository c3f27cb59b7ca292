// One dispatch round end to end at 500 waiting orders × 500 online drivers in a 14 km city:
// expire, load the waiting orders and the free drivers near their kitchens, plan, write the
// offers and their events. Each timed round starts from the same state (the previous round's
// offers are deleted untimed). The load alone is the baseline the round is read against.
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chefs, createDatabase, drivers, orders, users } from '@homechef/db';
import { createGeoIndex } from '@homechef/geo';
import { Redis } from 'ioredis';
import { sql } from 'drizzle-orm';
import type { Services } from '../src/context.ts';
import {
  DEFAULT_DISPATCH_SETTINGS,
  freeDriversNear,
  runDispatchRound,
} from '../src/domains/dispatch/index.ts';

const ORDERS = 500;
const DRIVERS = 500;
const KITCHENS = Math.round(ORDERS / 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CENTRE = { lat: 37.8044, lng: -122.2712 };
const CITY_M = 14_000;

const handle = process.env.DATABASE_URL
  ? createDatabase({ url: process.env.DATABASE_URL, max: 6 })
  : createDatabase({ dataDir: join(process.env.DATA_DIR ?? tmpdir(), 'pglite-dispatch-bench') });
await handle.migrate();
const { db } = handle;

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const at = () => ({
  lat: CENTRE.lat + ((random() - 0.5) * CITY_M) / 111_320,
  lng: CENTRE.lng + ((random() - 0.5) * CITY_M) / 88_000,
});
const run = randomUUID().slice(0, 8);

const people = (role: 'chef' | 'driver' | 'customer', n: number) =>
  db
    .insert(users)
    .values(
      Array.from({ length: n }, (_, i) => ({
        email: `bench-${run}-${role}-${i}@example.test`,
        name: `Bench ${role} ${i}`,
        role,
        passwordHash: 'x',
      })),
    )
    .returning({ id: users.id });

const [customer] = await people('customer', 1);
const kitchenRows = await db
  .insert(chefs)
  .values(
    (await people('chef', KITCHENS)).map((u, i) => ({
      userId: u.id,
      businessName: `Bench kitchen ${i}`,
      ...at(),
    })),
  )
  .returning({ id: chefs.id, lat: chefs.lat, lng: chefs.lng });
const now = new Date();
await db.insert(orders).values(
  Array.from({ length: ORDERS }, (_, i) => {
    const kitchen = kitchenRows[Math.floor(random() * kitchenRows.length)]!;
    const drop = at();
    return {
      customerId: customer!.id,
      chefId: kitchen.id,
      status: 'ready_for_pickup' as const,
      deliveryLine1: `${i} Bench St`,
      deliveryCity: 'Oakland',
      deliveryPostalCode: '94612',
      deliveryLat: drop.lat,
      deliveryLng: drop.lng,
      subtotalCents: 2000,
      deliveryFeeCents: 400,
      tipCents: 200,
      platformFeeCents: 300,
      totalCents: 2600,
      idempotencyKey: `bench-${run}-${i}`,
      requestHash: 'bench',
      serviceDate: now.toISOString().slice(0, 10),
      placedAt: new Date(now.getTime() - random() * 1_200_000),
    };
  }),
);
const driverRows = await db
  .insert(drivers)
  .values(
    (await people('driver', DRIVERS)).map((u) => ({
      userId: u.id,
      vehicleType: random() < 0.5 ? ('car' as const) : ('scooter' as const),
      status: 'online' as const,
      verificationStatus: 'approved' as const,
      lastSeenAt: now,
      ...(({ lat, lng }) => ({ lastLat: lat, lastLng: lng }))(at()),
    })),
  )
  .returning({ id: drivers.id, lat: drivers.lastLat, lng: drivers.lastLng });
// The online drivers' positions, where pings put them (Redis when REDIS_URL is set).
const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : undefined;
const geoIndex = createGeoIndex(redis, `bench:${run}:`);
for (const d of driverRows) {
  await geoIndex.upsert({
    id: d.id,
    lat: d.lat!,
    lng: d.lng!,
    accuracyM: 10,
    heading: null,
    speedMps: null,
    at: now,
  });
}

const services = {
  db,
  geoIndex,
  outbox: { kick: () => {} },
  payments: { stripe: null },
} as unknown as Services; // A round reads only these; no transfer is pending here.

const reset = async () => {
  await db.execute(sql`delete from delivery_offers`);
  await db.execute(sql`delete from outbox`);
};

const ms = (t0: number) => performance.now() - t0;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};

const round: number[] = [];
const load: number[] = [];
let offers = 0;
for (let i = 0; i < ROUNDS + 2; i++) {
  await reset();
  const t0 = performance.now();
  await freeDriversNear(
    services,
    kitchenRows.map((k) => ({ lat: k.lat!, lng: k.lng! })),
    DEFAULT_DISPATCH_SETTINGS.radiusM,
    { now },
  );
  const tLoad = ms(t0);
  await reset();
  const t1 = performance.now();
  const result = await runDispatchRound(services, { now });
  const tRound = ms(t1);
  if (i < 2) continue; // warm-up
  load.push(tLoad);
  round.push(tRound);
  offers = result.offers;
}
const r = stats(round);
const l = stats(load);
console.log(
  [
    `\ndispatch round end to end, ${ORDERS} waiting orders × ${DRIVERS} online drivers (${handle.kind}), ${ROUNDS} rounds`,
    '| case | p50 ms | max ms | offers written |',
    '|---|---:|---:|---:|',
    `| free drivers near the kitchens: GeoIndex + drivers table (baseline) | ${l.p50.toFixed(1)} | ${l.max.toFixed(1)} | — |`,
    `| whole round: expire, load, plan, write offers + events | ${r.p50.toFixed(1)} | ${r.max.toFixed(1)} | ${offers} |`,
    `target: under 1000 ms per round: ${r.max < 1000 ? 'met' : 'NOT met'}`,
  ].join('\n'),
);
await reset();
for (const d of driverRows) await geoIndex.remove(d.id);
await geoIndex.close();
redis?.disconnect();
await handle.close();
