/**
 * What customers find: listed kitchens whose delivery radius covers them. One SQL statement
 * selects a page (bounding box on the indexed lat/lng, then the exact haversine distance), and
 * one more fetches the opening hours of that page; open-now and next opening are computed in
 * the chef's time zone.
 */
import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { eq, sql, type SQL } from 'drizzle-orm';
import { chefs, users } from '@homechef/db';
import {
  MAX_DELIVERY_RADIUS_M,
  type ChefSearchResult,
  type PublicChefOutput,
  type SearchChefsInput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../context.ts';
import { listingBlockers, toWindows } from './chefs.ts';
import { menusQuery, toMenuOutput } from './menus.ts';
import { openingState, type HoursWindow } from './opening-hours.ts';

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres; the same formula as `distanceSql`. */
export function haversineM(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const a =
    Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lng2 - lng1) * RAD) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Metres from (lat, lng) to the kitchen, in SQL. */
export function distanceSql(lat: number, lng: number): SQL<number> {
  return sql<number>`(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1::float8, sqrt(
    power(sin(radians(${chefs.lat} - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(${chefs.lat}))
      * power(sin(radians(${chefs.lng} - ${lng}::float8) / 2), 2)))))`;
}

/**
 * Latitude and longitude ranges that contain every point within `radiusM` of (lat, lng);
 * two longitude ranges when the box crosses the antimeridian, none near a pole.
 */
export function boundingBox(lat: number, lng: number, radiusM: number) {
  const angular = (radiusM / EARTH_RADIUS_M) * 1.0001;
  const dLat = angular / RAD;
  const minLat = lat - dLat;
  const maxLat = lat + dLat;
  if (minLat <= -90 || maxLat >= 90 || Math.sin(angular) >= Math.cos(lat * RAD)) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), lngRanges: null };
  }
  const dLng = Math.asin(Math.sin(angular) / Math.cos(lat * RAD)) / RAD;
  const minLng = lng - dLng;
  const maxLng = lng + dLng;
  const lngRanges: [number, number][] =
    minLng < -180
      ? [
          [minLng + 360, 180],
          [-180, maxLng],
        ]
      : maxLng > 180
        ? [
            [minLng, 180],
            [-180, maxLng - 360],
          ]
        : [[minLng, maxLng]];
  return { minLat, maxLat, lngRanges };
}

function boxCondition(lat: number, lng: number): SQL {
  const box = boundingBox(lat, lng, MAX_DELIVERY_RADIUS_M);
  const latRange = sql`${chefs.lat} between ${box.minLat}::float8 and ${box.maxLat}::float8`;
  if (!box.lngRanges) return latRange;
  const lngRanges = box.lngRanges.map(
    ([min, max]) => sql`${chefs.lng} between ${min}::float8 and ${max}::float8`,
  );
  return sql`${latRange} and (${sql.join(lngRanges, sql` or `)})`;
}

/** The wall clock at `now` in the zone held by `timezone`, as a SQL timestamp. */
function localNow(now: Date, timezone: SQL): SQL {
  return sql`(${now.toISOString()}::timestamptz at time zone ${timezone})`;
}

/**
 * Listed to customers: approved, not paused, can take payments, has a location (first
 * stage); permit valid today in the chef's zone and owner active (second stage, on the few
 * kitchens left). `listingBlockers` in chefs.ts says the same in words.
 */
function listedCondition(): SQL {
  return sql`${chefs.verificationStatus} = 'approved'
    and not ${chefs.isPaused}
    and ${chefs.stripeChargesEnabled}
    and ${chefs.lat} is not null`;
}

function stillListedCondition(now: Date): SQL {
  return sql`n.permit_expires_on >= ${localNow(now, sql`n.timezone`)}::date
    and exists (select 1 from ${users} u where u.id = n.user_id and u.status = 'active' offset 0)`;
}

/*
 * The EXISTS probes below end in `offset 0`: it keeps PostgreSQL from turning them into a
 * semi-join or a hashed subplan over every row of the table, so each of the few nearby
 * kitchens is probed through the chef_id index instead.
 */

/** Open now on the chef's wall clock (the same rule as `isOpenAtWallClock`). */
function openNowCondition(now: Date): SQL {
  const local = localNow(now, sql`n.timezone`);
  return sql`exists (
    select 1 from chef_opening_hours h
    where h.chef_id = n.id and (
      (h.weekday = extract(dow from ${local})::int and ${local}::time >= h.opens_at
        and (h.opens_at > h.closes_at or ${local}::time < h.closes_at))
      or (h.opens_at > h.closes_at
        and h.weekday = (extract(dow from ${local})::int + 6) % 7
        and ${local}::time < h.closes_at)
    ) offset 0)`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A dish of kitchen `n` on offer today (available, on an active menu) that matches `extra`. */
function dishCondition(extra: SQL): SQL {
  return sql`exists (
    select 1 from menu_items i join menus m on m.id = i.menu_id
    where i.chef_id = n.id and i.deleted_at is null and i.is_available
      and m.deleted_at is null and m.is_active and ${extra} offset 0)`;
}

function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

type SearchInput = z.output<typeof SearchChefsInput>;

interface CursorKey {
  /** Fingerprint of the search the cursor belongs to. */
  f: string;
  d: number;
  r: number;
  id: string;
}

function fingerprint(input: SearchInput): string {
  const { cursor: _cursor, limit: _limit, ...search } = input;
  return createHash('sha256').update(JSON.stringify(search)).digest('base64url').slice(0, 12);
}

function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, input: SearchInput): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const k = key as Partial<CursorKey> | null;
  if (
    !k ||
    typeof k.d !== 'number' ||
    typeof k.r !== 'number' ||
    typeof k.id !== 'string' ||
    !/^[0-9a-f-]{36}$/.test(k.id)
  ) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid cursor: start the search again' });
  }
  if (k.f !== fingerprint(input)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'This cursor belongs to a different search: start from the first page',
    });
  }
  return k as CursorKey;
}

/** `execute` gives an array on postgres.js and `{ rows }` on PGlite. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

interface SearchRow {
  id: string;
  business_name: string;
  bio: string | null;
  cuisines: string[];
  city: string | null;
  distance_m: number;
  rating_avg: number;
  rating_count: number;
  delivery_radius_m: number;
  lead_time_minutes: number;
  timezone: string;
  hours: HoursWindow[];
}

/**
 * Listed kitchens that deliver to (lat, lng), filtered and sorted, one page at a time.
 *
 * One statement, two stages: `nearby` (materialised, so the planner cannot merge it) takes
 * the bounding box from the lat/lng index and keeps the listed kitchens whose radius covers
 * the point, a few dozen rows; only those are probed for dishes, opening hours and their
 * owner through the chef_id/id indexes, instead of hashing every dish in the city. The page's
 * opening hours come back with it, aggregated per kitchen.
 */
export async function searchChefs(
  services: Pick<Services, 'db'>,
  input: SearchInput,
  now = new Date(),
): Promise<{ items: ChefSearchResult[]; nextCursor: string | null }> {
  const { lat, lng } = input;
  const distance = distanceSql(lat, lng);
  const filters: SQL[] = [stillListedCondition(now)];
  if (input.cuisine) filters.push(sql`n.cuisines @> ${textArray([input.cuisine])}`);
  if (input.query) {
    const pattern = likePattern(input.query);
    filters.push(
      sql`(n.business_name ilike ${pattern} or ${dishCondition(sql`i.name ilike ${pattern}`)})`,
    );
  }
  if (input.dietary?.length) {
    filters.push(dishCondition(sql`i.dietary_tags @> ${textArray(input.dietary)}`));
  }
  if (input.openNow) filters.push(openNowCondition(now));

  const byRating = input.sort === 'rating';
  if (input.cursor) {
    const key = decodeCursor(input.cursor, input);
    filters.push(
      byRating
        ? sql`(-n.rating_avg, n.distance_m, n.id) > (-${key.r}::real, ${key.d}::float8, ${key.id}::uuid)`
        : sql`(n.distance_m, n.id) > (${key.d}::float8, ${key.id}::uuid)`,
    );
  }

  const result = await services.db.execute(sql`
    with nearby as materialized (
      select ${chefs.id} as id, ${chefs.userId} as user_id, ${chefs.businessName} as business_name,
        ${chefs.bio} as bio, ${chefs.cuisines} as cuisines, ${chefs.kitchenCity} as city,
        ${distance} as distance_m, ${chefs.ratingAvg} as rating_avg,
        ${chefs.ratingCount} as rating_count, ${chefs.deliveryRadiusM} as delivery_radius_m,
        ${chefs.leadTimeMinutes} as lead_time_minutes, ${chefs.timezone} as timezone,
        ${chefs.permitExpiresOn} as permit_expires_on
      from ${chefs}
      where ${boxCondition(lat, lng)}
        -- cheap necessary condition first: the distance is at least the latitude difference
        and abs(${chefs.lat} - ${lat}::float8) * ${(EARTH_RADIUS_M * Math.PI) / 180}::float8 <= ${chefs.deliveryRadiusM} + 1
        and ${listedCondition()}
        and ${distance} <= ${chefs.deliveryRadiusM}
    )
    select n.id, n.business_name, n.bio, n.cuisines, n.city, n.distance_m, n.rating_avg,
      n.rating_count, n.delivery_radius_m, n.lead_time_minutes, n.timezone,
      (select coalesce(json_agg(json_build_object(
          'weekday', h.weekday, 'opensAt', h.opens_at, 'closesAt', h.closes_at)), '[]')
        from chef_opening_hours h where h.chef_id = n.id) as hours
    from nearby n
    where ${sql.join(filters, sql` and `)}
    order by ${byRating ? sql`n.rating_avg desc, ` : sql``}n.distance_m, n.id
    limit ${input.limit + 1}`);
  const rows = rowsOf<SearchRow>(result);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      businessName: row.business_name,
      bio: row.bio,
      cuisines: row.cuisines,
      city: row.city,
      distanceM: Math.round(Number(row.distance_m)),
      ratingAvg: Number(row.rating_avg),
      ratingCount: Number(row.rating_count),
      deliveryRadiusM: Number(row.delivery_radius_m),
      leadTimeMinutes: Number(row.lead_time_minutes),
      timezone: row.timezone,
      ...openingState(row.hours, row.timezone, now),
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({
            f: fingerprint(input),
            d: Number(last.distance_m),
            r: Number(last.rating_avg),
            id: last.id,
          })
        : null,
  };
}

/**
 * One kitchen with its menus as customers see it. Unlisted kitchens are NOT_FOUND, except
 * to their own chef and to admins (a preview, with `isListed: false`).
 */
export async function getPublicChef(
  services: Pick<Services, 'db'>,
  actor: Actor | null,
  input: { id: string; lat?: number | undefined; lng?: number | undefined },
  now = new Date(),
): Promise<PublicChefOutput> {
  const chef = await services.db.query.chefs.findFirst({
    where: eq(chefs.id, input.id),
    with: {
      user: { columns: { status: true } },
      openingHours: true,
      menus: menusQuery(true),
    },
  });
  const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Kitchen not found' });
  if (!chef) throw notFound();
  const isListed = listingBlockers(chef, chef.user.status, now).length === 0;
  const mayPreview =
    actor?.role === 'admin' || (actor?.role === 'chef' && actor.userId === chef.userId);
  if (!isListed && !mayPreview) throw notFound();

  const distanceM =
    input.lat !== undefined && input.lng !== undefined && chef.lat !== null && chef.lng !== null
      ? haversineM(input.lat, input.lng, chef.lat, chef.lng)
      : null;
  const menus = chef.menus.map(toMenuOutput).filter((m) => m.items.length > 0);
  const dishes = menus.flatMap((m) => m.items);
  const openingHours = toWindows(chef.openingHours);
  return {
    id: chef.id,
    businessName: chef.businessName,
    bio: chef.bio,
    cuisines: chef.cuisines,
    city: chef.kitchenCity,
    ratingAvg: chef.ratingAvg,
    ratingCount: chef.ratingCount,
    deliveryRadiusM: chef.deliveryRadiusM,
    leadTimeMinutes: chef.leadTimeMinutes,
    timezone: chef.timezone,
    openingHours,
    ...openingState(openingHours, chef.timezone, now),
    distanceM: distanceM === null ? null : Math.round(distanceM),
    deliversToYou: distanceM === null ? null : distanceM <= chef.deliveryRadiusM,
    dietaryTags: [...new Set(dishes.flatMap((d) => d.dietaryTags))].sort(),
    allergens: [...new Set(dishes.flatMap((d) => d.allergens))].sort(),
    menus,
    isListed,
  };
}
