// Location ingest and live tracking, with 1,000 drivers on shift and 1,000 customers each
// following their order's driver (`tracking.onDriverLocation`), bus and geo index in Redis
// when REDIS_URL is set.
// 1. Pings/s: `acceptPing` (plausibility against the last fix, geo index, publish on the
//    driver's topic, trail buffer) and the same with the driver row the procedure loads, next
//    to a floor measured in the same run: the same positions written to the geo index alone.
// 2. From a ping to the customer's subscription: every driver pings every 2 s (a busy fleet;
//    the app pings every 4 s), and each delivery's delay is taken from the ping's time.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, report, type Measurement } from '@homechef/bench';
import { createDatabase } from '@homechef/db';
import { createGeoIndex, destinationPoint } from '@homechef/geo';
import { createBus } from '@homechef/realtime';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { createContext, type Services } from '../src/context.ts';
import { appRouter } from '../src/root.ts';
import { createRateLimits, DEFAULT_RATE_LIMITS } from '../src/shared/rate-limits.ts';
import { createCallerFactory } from '../src/trpc.ts';
import {
  acceptPing,
  createTrailWriter,
  driverLocationStream,
} from '../src/domains/shifts/index.ts';

const DRIVERS = 1000;
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const concurrency = 16;
const run = Date.now().toString(36);
const CENTRE = { lat: 37.8044, lng: -122.2712 };

const handle = process.env.DATABASE_URL
  ? createDatabase({ url: process.env.DATABASE_URL, max: concurrency + 4 })
  : createDatabase({ dataDir: join(process.env.DATA_DIR ?? tmpdir(), 'pglite-location-bench') });
await handle.migrate();
const { db } = handle;
const bus = await createBus(process.env.REDIS_URL, { prefix: `bench:${run}:` });
const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : undefined;
const geoIndex = createGeoIndex(redis, `bench:${run}:`);
const trail = createTrailWriter(db);
const limits = createRateLimits(
  redis,
  { ...DEFAULT_RATE_LIMITS, mutationsPerUser: { points: 1e9, windowSeconds: 60 } },
  `bench:${run}:rl`,
);
const services = { db, bus, geoIndex, trail, limits } as unknown as Services; // what pings read

// ---- 1,000 drivers on shift, each carrying one order of its own customer --------------------

const tag = `${run}-${randomUUID().slice(0, 8)}`;
await db.execute(sql`insert into users (email, password_hash, name, role)
  select 'bench-' || ${tag} || '-' || r || '-' || i || '@example.test', 'x', 'Bench ' || r, r::user_role
  from generate_series(1, ${DRIVERS}) i, unnest(array['driver', 'customer']) r`);
await db.execute(sql`insert into users (email, password_hash, name, role)
  values (${`bench-${tag}-chef@example.test`}, 'x', 'Bench chef', 'chef')`);
await db.execute(sql`insert into chefs (user_id, business_name, lat, lng, verification_status)
  select id, 'Bench kitchen', ${CENTRE.lat}, ${CENTRE.lng}, 'approved' from users
  where email = ${`bench-${tag}-chef@example.test`}`);
await db.execute(sql`insert into drivers (user_id, vehicle_type, status, verification_status,
    stripe_payouts_enabled, shift_changed_at)
  select id, 'scooter', 'busy', 'approved', true, now() from users
  where email like ${`bench-${tag}-driver-%`}`);
await db.execute(sql`
  with d as (
    select d.id, row_number() over (order by d.id) n from drivers d join users u on u.id = d.user_id
    where u.email like ${`bench-${tag}-driver-%`}),
  c as (
    select id, row_number() over (order by id) n from users where email like ${`bench-${tag}-customer-%`}),
  k as (select c.id from chefs c join users u on u.id = c.user_id where u.email = ${`bench-${tag}-chef@example.test`}),
  o as (
    insert into orders (id, customer_id, chef_id, driver_id, status, delivery_line1, delivery_city,
      delivery_postal_code, delivery_lat, delivery_lng, subtotal_cents, platform_fee_cents,
      total_cents, idempotency_key, request_hash, service_date)
    select gen_random_uuid(), c.id, k.id, d.id, 'in_transit', '1 Bench Way', 'Oakland', '94612',
      37.81, -122.26, 1200, 180, 1200, d.id::text, d.id::text, current_date
    from d join c using (n) cross join k
    returning id, driver_id)
  insert into driver_assignments (order_id, driver_id, picked_up_at)
  select id, driver_id, now() from o`);
const fleet = await db.execute<{ driver_id: string; order_id: string; user_id: string }>(sql`
  select a.driver_id, a.order_id, d.user_id from driver_assignments a
  join drivers d on d.id = a.driver_id join users u on u.id = d.user_id
  where u.email like ${`bench-${tag}-driver-%`}`);
const rows = (Array.isArray(fleet) ? fleet : (fleet as { rows: typeof fleet }).rows) as {
  driver_id: string;
  order_id: string;
  user_id: string;
}[];
if (rows.length !== DRIVERS) throw new Error(`expected ${DRIVERS} drivers, got ${rows.length}`);

// Each driver drives its own circle around the centre, 5 m a step.
const step = new Array<number>(DRIVERS).fill(0);
const lastAt = new Array<number>(DRIVERS).fill(0);
function fixOf(d: number) {
  const n = (step[d] ?? 0) + 1;
  step[d] = n;
  const p = destinationPoint(
    CENTRE.lat,
    CENTRE.lng,
    (d * 0.36 + n * 0.05) % 360,
    500 + (d % 50) * 40,
  );
  // Device clocks tick in ms: two pings of one driver in the same ms would be one fix.
  const at = Math.max(Date.now(), (lastAt[d] ?? 0) + 1);
  lastAt[d] = at;
  return { lat: p.lat, lng: p.lng, accuracyM: 10, heading: 90, speedMps: 6, at: new Date(at) };
}
for (let d = 0; d < DRIVERS; d++) {
  await geoIndex.upsert({ id: rows[d]!.driver_id, ...fixOf(d) });
}

// ---- 1,000 customers following their driver -----------------------------------------------

const controller = new AbortController();
setMaxListeners(0, controller.signal); // one signal ends all 1,000 streams
const delays: number[] = [];
let delivered = 0;
let recording = false;
const following = rows.map(({ order_id }) =>
  (async () => {
    for await (const event of driverLocationStream(services, order_id, controller.signal)) {
      delivered++;
      if (recording) delays.push(Date.now() - event.at.getTime());
    }
  })(),
);
// Every follower has its first position (the last known one) before the clock starts.
const deadline = Date.now() + 60_000;
while (delivered < DRIVERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
if (delivered < DRIVERS) console.warn(`only ${delivered} streams started`);

// ---- 1. Ingest -------------------------------------------------------------------------------

const createCaller = createCallerFactory(appRouter);
const callers = rows.map(({ user_id }) =>
  createCaller(
    createContext({
      services,
      actor: { userId: user_id, role: 'driver' },
      requestId: 'bench',
    }),
  ),
);
// Steady state: each instance holds a driver's row for 30 s and a driver pings every 4 s, so
// at most one ping in seven reads it. One ping each first, so the case measures that state.
for (let d = 0; d < DRIVERS; d += concurrency) {
  await Promise.all(callers.slice(d, d + concurrency).map((c, k) => c.drivers.ping(fixOf(d + k))));
}
const onShift = (d: number) => ({ id: rows[d]!.driver_id, status: 'busy' as const });
const results: [string, Measurement][] = [];
const cases: [string, (i: number) => Promise<unknown>][] = [
  [
    'floor: the same positions into the geo index, no checks, no fan-out',
    (i) => {
      const d = i % DRIVERS;
      return geoIndex.upsert({ id: rows[d]!.driver_id, ...fixOf(d) });
    },
  ],
  [
    'acceptPing: checks, geo index, fan-out to 1,000 followers, trail buffer',
    async (i) => {
      const d = i % DRIVERS;
      return (await acceptPing(services, onShift(d), fixOf(d))).accepted;
    },
  ],
  [
    'drivers.ping through the router: validation, rate limit, driver row (cached), acceptPing',
    async (i) => {
      const d = i % DRIVERS;
      return (await callers[d]!.drivers.ping(fixOf(d))).accepted;
    },
  ],
];
for (const [name, fn] of cases) {
  const before = delivered;
  const m = await measure(async (i) => (await fn(i)) !== false, { concurrency, seconds });
  results.push([name, m]);
  if (name.startsWith('acceptPing')) {
    console.log(`(${delivered - before} updates reached the followers, throttled to 1/s each)`);
  }
  // The trail buffered by this case is written before the next one starts.
  await trail.flush();
}
report(
  `Location ingest (db: ${handle.kind}, bus: ${bus.kind}, geo index: ${geoIndex.kind}, ${DRIVERS} drivers, ${DRIVERS} followers, ${seconds}s each, ${concurrency} in flight)`,
  results,
  results[0]![0],
);

// ---- 2. Ping → the customer's subscription ------------------------------------------------

await new Promise((r) => setTimeout(r, 1100)); // every follower's throttle window has passed
recording = true;
const PERIOD_MS = 2000;
const ROUNDS = 3;
const started = performance.now();
const pings: Promise<unknown>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (let d = 0; d < DRIVERS; d++) {
    const due = started + round * PERIOD_MS + (d * PERIOD_MS) / DRIVERS;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pings.push(acceptPing(services, onShift(d), fixOf(d)));
  }
}
await Promise.all(pings);
await new Promise((r) => setTimeout(r, 1500));
recording = false;
delays.sort((x, y) => x - y);
const at = (q: number) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] ?? NaN;
console.log(
  `\nPing → customer's subscription (${DRIVERS} drivers pinging every ${PERIOD_MS / 1000} s = ${(DRIVERS * 1000) / PERIOD_MS} pings/s, ${DRIVERS} followers, ${delays.length} of ${DRIVERS * ROUNDS} delivered)`,
);
console.log('| p50 ms | p90 ms | p99 ms | max ms |');
console.log('|---:|---:|---:|---:|');
console.log(`| ${at(0.5)} | ${at(0.9)} | ${at(0.99)} | ${at(1)} |`);

controller.abort();
await Promise.all(following);
await trail.close();
await bus.close();
redis?.disconnect();
await handle.close();
