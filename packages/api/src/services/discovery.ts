/**
 * What customers find: listed kitchens whose delivery radius covers them. One SQL statement
 * selects a page (bounding box on the indexed lat/lng, then the exact haversine distance), and
 * one more fetches the opening hours of that page; open-now and next opening are computed in
 * the chef's time zone.
 */
import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { chefOpeningHours, chefs, users, type Database } from '@homechef/db';
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

/** The chef's wall clock at `now`, as a SQL timestamp without time zone. */
function localNow(now: Date): SQL {
  return sql`(${now.toISOString()}::timestamptz at time zone ${chefs.timezone})`;
}

/**
 * Listed to customers: approved, not paused, can take payments, permit valid today in the
 * chef's zone, owner active. `listingBlockers` in chefs.ts says the same in words.
 * Needs `users` joined on the chef's user.
 */
export function listedCondition(now: Date): SQL {
  return sql`${chefs.verificationStatus} = 'approved'
    and not ${chefs.isPaused}
    and ${chefs.stripeChargesEnabled}
    and ${users.status} = 'active'
    and ${chefs.lat} is not null
    and ${chefs.permitExpiresOn} >= ${localNow(now)}::date`;
}

/** Open now on the chef's wall clock (same rule as `isOpenAtWallClock`). */
export function openNowCondition(now: Date): SQL {
  const local = localNow(now);
  return sql`exists (
    select 1 from ${chefOpeningHours} h
    where h.chef_id = ${chefs.id} and (
      (h.weekday = extract(dow from ${local})::int and ${local}::time >= h.opens_at
        and (h.opens_at > h.closes_at or ${local}::time < h.closes_at))
      or (h.opens_at > h.closes_at
        and h.weekday = (extract(dow from ${local})::int + 6) % 7
        and ${local}::time < h.closes_at)
    ))`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A dish on offer today: available, not deleted, on an active menu. */
function dishCondition(extra: SQL): SQL {
  return sql`exists (
    select 1 from menu_items i join menus m on m.id = i.menu_id
    where i.chef_id = ${chefs.id} and i.deleted_at is null and i.is_available
      and m.deleted_at is null and m.is_active and ${extra})`;
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

async function hoursByChef(db: Database, chefIds: string[]): Promise<Map<string, HoursWindow[]>> {
  const byChef = new Map<string, HoursWindow[]>();
  if (!chefIds.length) return byChef;
  const rows = await db
    .select({
      chefId: chefOpeningHours.chefId,
      weekday: chefOpeningHours.weekday,
      opensAt: chefOpeningHours.opensAt,
      closesAt: chefOpeningHours.closesAt,
    })
    .from(chefOpeningHours)
    .where(inArray(chefOpeningHours.chefId, chefIds));
  for (const row of rows) {
    const list = byChef.get(row.chefId) ?? [];
    list.push(row);
    byChef.set(row.chefId, list);
  }
  return byChef;
}

/** Listed kitchens that deliver to (lat, lng), filtered and sorted, one page at a time. */
export async function searchChefs(
  services: Pick<Services, 'db'>,
  input: SearchInput,
  now = new Date(),
): Promise<{ items: ChefSearchResult[]; nextCursor: string | null }> {
  const { lat, lng } = input;
  const distance = distanceSql(lat, lng);
  const conditions: SQL[] = [
    listedCondition(now),
    boxCondition(lat, lng),
    sql`${distance} <= ${chefs.deliveryRadiusM}`,
  ];
  if (input.cuisine) conditions.push(sql`${chefs.cuisines} @> ${textArray([input.cuisine])}`);
  if (input.query) {
    const pattern = likePattern(input.query);
    conditions.push(
      sql`(${chefs.businessName} ilike ${pattern} or ${dishCondition(sql`i.name ilike ${pattern}`)})`,
    );
  }
  if (input.dietary?.length) {
    conditions.push(dishCondition(sql`i.dietary_tags @> ${textArray(input.dietary)}`));
  }
  if (input.openNow) conditions.push(openNowCondition(now));

  const byRating = input.sort === 'rating';
  if (input.cursor) {
    const key = decodeCursor(input.cursor, input);
    conditions.push(
      byRating
        ? sql`(-${chefs.ratingAvg}, ${distance}, ${chefs.id}) > (-${key.r}::real, ${key.d}::float8, ${key.id}::uuid)`
        : sql`(${distance}, ${chefs.id}) > (${key.d}::float8, ${key.id}::uuid)`,
    );
  }

  const rows = await services.db
    .select({
      id: chefs.id,
      businessName: chefs.businessName,
      bio: chefs.bio,
      cuisines: chefs.cuisines,
      city: chefs.kitchenCity,
      distanceM: distance.mapWith(Number),
      ratingAvg: chefs.ratingAvg,
      ratingCount: chefs.ratingCount,
      deliveryRadiusM: chefs.deliveryRadiusM,
      leadTimeMinutes: chefs.leadTimeMinutes,
      timezone: chefs.timezone,
    })
    .from(chefs)
    .innerJoin(users, eq(users.id, chefs.userId))
    .where(and(...conditions))
    .orderBy(...(byRating ? [sql`${chefs.ratingAvg} desc`] : []), asc(distance), asc(chefs.id))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const hours = await hoursByChef(
    services.db,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      distanceM: Math.round(row.distanceM),
      ...openingState(hours.get(row.id) ?? [], row.timezone, now),
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ f: fingerprint(input), d: last.distanceM, r: last.ratingAvg, id: last.id })
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
  const mayPreview = actor?.role === 'admin' || (actor?.role === 'chef' && actor.userId === chef.userId);
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
