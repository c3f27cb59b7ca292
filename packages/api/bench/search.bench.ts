// `chefs.search` with 10,000 kitchens and 200,000 dishes, through the tRPC caller (input and
// output validation included), next to a plain indexed SELECT doing the same geographic
// filter (bounding box on lat/lng + haversine within each kitchen's radius) in the same run.
import { measure, report, type Measurement } from '@homechef/bench';
import { sql } from 'drizzle-orm';
import { createDatabase } from '@homechef/db';
import { createCallerFactory, createContext, type Services } from '../src/index.ts';
import { appRouter } from '../src/root.ts';
import { boundingBox, distanceSql } from '../src/domains/discovery/index.ts';

const KITCHENS = 10_000;
const DISHES_PER_KITCHEN = 20;
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const concurrency = 8;

const handle = process.env.DATABASE_URL
  ? createDatabase({ url: process.env.DATABASE_URL, max: concurrency + 2 })
  : createDatabase({ dataDir: process.env.DATA_DIR });
await handle.migrate();
const { db } = handle;

// ---- Data: one deterministic metro area of about 200 × 200 km around Oakland -------------------

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] =>
  Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;

const existing = rowsOf(
  await db.execute(sql`select count(*)::int as n from users where email like 'bench-chef-%'`),
)[0]?.n;
if (!existing) {
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    // Deterministic, valid version-4 UUIDs from a name.
    await tx.execute(sql`
      create function pg_temp.bench_uuid(name text) returns uuid language sql immutable as $$
        select (substr(md5(name), 1, 12) || '4' || substr(md5(name), 14, 3) || '8'
          || substr(md5(name), 18, 15))::uuid $$`);
    await tx.execute(sql`
      insert into users (id, email, password_hash, name, role)
      select pg_temp.bench_uuid('user' || g), 'bench-chef-' || g || '@bench.test', 'x', 'Bench chef ' || g, 'chef'
      from generate_series(1, ${KITCHENS}) g`);
    await tx.execute(sql`
      insert into chefs (id, user_id, business_name, cuisines, kitchen_line1, kitchen_city,
        kitchen_postal_code, lat, lng, delivery_radius_m, timezone, is_paused, lead_time_minutes,
        verification_status, submitted_at, approved_at, stripe_charges_enabled, permit_type,
        permit_number, permit_expires_on, rating_avg, rating_count)
      select pg_temp.bench_uuid('chef' || g), pg_temp.bench_uuid('user' || g),
        (array['Casa','Baan','Nonna','Mama','Auntie','Chez','Little','Golden'])[1 + g % 8] || ' '
          || (array['Kitchen','Table','Pot','Spoon','Oven','Wok','Grill'])[1 + (g / 8) % 7] || ' ' || g,
        array[(array['mexican','thai','indian','ethiopian','japanese','korean','chinese',
          'vietnamese','italian','soul_food','mediterranean','filipino'])[1 + g % 12]],
        g || ' Bench St', 'Oakland', '94612',
        37.8 + (random() - 0.5) * 1.8, -122.27 + (random() - 0.5) * 2.2,
        2000 + (random() * 13000)::int, 'America/Los_Angeles', random() < 0.05, 30,
        (case when random() < 0.9 then 'approved' else 'submitted' end)::chef_verification_status,
        now(), now(), true, 'MEHKO', 'P-' || g, date '2099-01-01',
        round((3 + random() * 2)::numeric, 1), (random() * 200)::int
      from generate_series(1, ${KITCHENS}) g`);
    await tx.execute(sql`
      insert into chef_opening_hours (chef_id, weekday, opens_at, closes_at)
      select pg_temp.bench_uuid('chef' || g), d, time '11:00',
        case when g % 5 = 0 then time '01:00' else time '21:00' end
      from generate_series(1, ${KITCHENS}) g, generate_series(0, 6) d
      where (g + d) % 7 <> 0`);
    await tx.execute(sql`
      insert into menus (id, chef_id, name)
      select pg_temp.bench_uuid('menu' || g), pg_temp.bench_uuid('chef' || g), 'Weeknight'
      from generate_series(1, ${KITCHENS}) g`);
    await tx.execute(sql`
      insert into menu_items (menu_id, chef_id, name, price_cents, dietary_tags, allergens, position, is_available)
      select pg_temp.bench_uuid('menu' || g), pg_temp.bench_uuid('chef' || g),
        (array['Green','Red','Yellow','Smoky','Crispy','Braised','Grilled','Spicy','Sweet','Garlic'])[1 + (g * 20 + i) % 10]
          || ' ' || (array['curry','tacos','noodles','dumplings','stew','salad','rice bowl','soup',
          'flatbread','pasta','tofu','lamb','chicken','beans'])[1 + (g * 7 + i * 3) % 14],
        500 + (g * 31 + i * 17) % 2500,
        case (g + i) % 6 when 0 then array['vegan','gluten_free'] when 1 then array['vegetarian']
          when 2 then array['halal'] else '{}'::text[] end,
        case (g + i) % 4 when 0 then array['milk'] when 1 then array['peanuts','sesame'] else '{}'::text[] end,
        i, (g + i) % 23 <> 0
      from generate_series(1, ${KITCHENS}) g, generate_series(0, ${DISHES_PER_KITCHEN - 1}) i`);
  });
  await db.execute(sql`analyze`);
  console.log(
    `generated ${KITCHENS} kitchens and ${KITCHENS * DISHES_PER_KITCHEN} dishes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

// ---- Callers ---------------------------------------------------------------------------------

// chefs.search reads only the database; the other services are never touched.
const services = { db, dbKind: handle.kind } as unknown as Services;
const caller = createCallerFactory(appRouter)(
  createContext({ services, actor: null, requestId: 'bench' }),
);

const LOCATIONS = [
  { lat: 37.8044, lng: -122.2712 }, // Oakland
  { lat: 37.8716, lng: -122.2727 }, // Berkeley
  { lat: 37.7652, lng: -122.2416 }, // Alameda
  { lat: 37.6688, lng: -122.0808 }, // Hayward
  { lat: 38.1, lng: -121.5 }, // the thin edge of the area
];

/** The baseline: the same geographic filter and order, nothing else. */
async function plainSelect(lat: number, lng: number) {
  const box = boundingBox(lat, lng, 50_000);
  const [lngRange] = box.lngRanges ?? [[-180, 180]];
  const distance = distanceSql(lat, lng);
  return rowsOf(
    await db.execute(sql`
      select id, ${distance} as distance_m from chefs
      where lat between ${box.minLat} and ${box.maxLat}
        and lng between ${lngRange![0]} and ${lngRange![1]}
        and ${distance} <= delivery_radius_m
      order by distance_m, id limit 21`),
  );
}

const place = (i: number) => LOCATIONS[i % LOCATIONS.length]!;
const secondPages = await Promise.all(
  LOCATIONS.map(
    async (l) => (await caller.chefs.search({ ...l, limit: 20 })).nextCursor ?? undefined,
  ),
);

const cases: [string, (i: number) => Promise<number>][] = [
  [
    'plain indexed SELECT, same geographic filter',
    async (i) => (await plainSelect(place(i).lat, place(i).lng)).length,
  ],
  [
    'chefs.search (distance, 20 per page)',
    async (i) => (await caller.chefs.search({ ...place(i), limit: 20 })).items.length,
  ],
  [
    'chefs.search next page (cursor)',
    async (i) =>
      (
        await caller.chefs.search({
          ...place(i),
          limit: 20,
          cursor: secondPages[i % LOCATIONS.length],
        })
      ).items.length,
  ],
  [
    'chefs.search query "curry"',
    async (i) => (await caller.chefs.search({ ...place(i), query: 'curry' })).items.length,
  ],
  [
    'chefs.search cuisine + dietary',
    async (i) =>
      (
        await caller.chefs.search({
          ...place(i),
          cuisine: 'thai',
          dietary: ['vegan', 'gluten_free'],
        })
      ).items.length,
  ],
  [
    'chefs.search open now, by rating',
    async (i) =>
      (await caller.chefs.search({ ...place(i), openNow: true, sort: 'rating' })).items.length,
  ],
  [
    'chefs.search 50 per page',
    async (i) => (await caller.chefs.search({ ...place(i), limit: 50 })).items.length,
  ],
];

const results: [string, Measurement][] = [];
for (const [name, run] of cases) results.push([name, await measure(run, { concurrency, seconds })]);
report(
  `chefs.search, ${KITCHENS} kitchens / ${KITCHENS * DISHES_PER_KITCHEN} dishes (db: ${handle.kind}, ${seconds}s each, ${concurrency} in flight, ${LOCATIONS.length} locations)`,
  results,
  results[0]![0],
);

await handle.close();
