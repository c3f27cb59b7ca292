/**
 * What customers find: listed kitchens whose delivery radius covers them. One SQL statement
 * selects a page (bounding box on the indexed lat/lng, then the exact haversine distance), and
 * one more fetches the opening hours of that page; open-now and next opening are computed in
 * the chef's time zone.
 */
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { chefs } from '@homechef/db';
import type { ChefSearchResult, SearchChefsInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Services } from '../../context.ts';
import {
  decodeSignedCursorJson,
  encodeSignedCursor,
  invalidCursor,
  isUuid,
} from '../../shared/cursor.ts';
import { pageOf, type Page } from '../../shared/pagination.ts';
import { likePattern, rowsOf } from '../../shared/sql.ts';
import {
  aliasColumns,
  chefColumns,
  listedCondition,
  openingState,
  type HoursWindow,
} from '../chefs/index.ts';
import { boxCondition, distanceSql, EARTH_RADIUS_M } from './geo.ts';

/** The wall clock at `now` in the zone held by `timezone`, as a SQL timestamp. */
function localNow(now: Date, timezone: SQL): SQL {
  return sql`(${now.toISOString()}::timestamptz at time zone ${timezone})`;
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

/**
 * "Best rated" ranks by a Bayesian average: each kitchen's reviews pulled towards a prior of
 * RATING_PRIOR_MEAN worth RATING_PRIOR_WEIGHT reviews, so two five-star reviews do not outrank
 * a hundred at 4.7. Kitchens without reviews ("New") come after every rated one.
 */
export const RATING_PRIOR_MEAN = 3.5;
export const RATING_PRIOR_WEIGHT = 5;

function ratingSql(): SQL {
  return sql`(case when ${chefs.ratingCount} > 0
    then (${chefs.ratingAvg}::float8 * ${chefs.ratingCount}
      + ${RATING_PRIOR_MEAN}::float8 * ${RATING_PRIOR_WEIGHT}) / (${chefs.ratingCount} + ${RATING_PRIOR_WEIGHT})
    else -1 end)::float8`;
}

interface CursorKey {
  /** Fingerprint of the search the cursor belongs to. */
  f: string;
  d: number;
  /** Rank score and review count (sort by rating). */
  r: number;
  c: number;
  id: string;
}

function fingerprint(input: SearchInput): string {
  const { cursor: _cursor, limit: _limit, ...search } = input;
  return createHash('sha256').update(JSON.stringify(search)).digest('base64url').slice(0, 12);
}

const CURSOR_PURPOSE = 'chefs.search';

/** Whether `v` is a finite number in `[min, max]`. */
function inRange(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}

/**
 * Signed by the server (so it cannot be forged, even with a correct fingerprint) and checked
 * field by field anyway: a distance on Earth, a score between the "no reviews" -1 and 5, a
 * review count an int column can hold, a uuid.
 */
function decodeCursor(secret: Uint8Array, cursor: string, input: SearchInput): CursorKey {
  const k = decodeSignedCursorJson(secret, CURSOR_PURPOSE, cursor) as Partial<CursorKey> | null;
  if (
    !k ||
    typeof k !== 'object' ||
    typeof k.f !== 'string' ||
    !inRange(k.d, 0, Math.PI * EARTH_RADIUS_M) ||
    !inRange(k.r, -1, 5) ||
    !inRange(k.c, 0, 2 ** 31 - 1) ||
    !Number.isInteger(k.c) ||
    !isUuid(k.id)
  ) {
    throw invalidCursor('Invalid cursor: start the search again');
  }
  if (k.f !== fingerprint(input)) {
    throw invalidCursor('This cursor belongs to a different search: start from the first page');
  }
  return k as CursorKey;
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
  score: number;
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
  services: Pick<Services, 'db' | 'auth'>,
  input: SearchInput,
  now = new Date(),
): Promise<Page<ChefSearchResult>> {
  const { lat, lng } = input;
  const distance = distanceSql(lat, lng);
  const filters: SQL[] = [listedCondition(aliasColumns('n'), now, 'probe')];
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
    const key = decodeCursor(services.auth.key, input.cursor, input);
    filters.push(
      byRating
        ? sql`(-n.score, -n.rating_count, n.distance_m, n.id) > (-${key.r}::float8, -${key.c}::int, ${key.d}::float8, ${key.id}::uuid)`
        : sql`(n.distance_m, n.id) > (${key.d}::float8, ${key.id}::uuid)`,
    );
  }

  const result = await services.db.execute(sql`
    with nearby as materialized (
      select ${chefs.id} as id, ${chefs.userId} as user_id, ${chefs.businessName} as business_name,
        ${chefs.bio} as bio, ${chefs.cuisines} as cuisines, ${chefs.kitchenCity} as city,
        ${distance} as distance_m, ${chefs.ratingAvg} as rating_avg,
        ${chefs.ratingCount} as rating_count, ${ratingSql()} as score,
        ${chefs.deliveryRadiusM} as delivery_radius_m,
        ${chefs.leadTimeMinutes} as lead_time_minutes, ${chefs.timezone} as timezone,
        ${chefs.permitExpiresOn} as permit_expires_on
      from ${chefs}
      where ${boxCondition(lat, lng)}
        -- cheap necessary condition first: the distance is at least the latitude difference
        and abs(${chefs.lat} - ${lat}::float8) * ${(EARTH_RADIUS_M * Math.PI) / 180}::float8 <= ${chefs.deliveryRadiusM} + 1
        and ${listedCondition(chefColumns, now, 'row')}
        and ${distance} <= ${chefs.deliveryRadiusM}
    )
    select n.id, n.business_name, n.bio, n.cuisines, n.city, n.distance_m, n.rating_avg,
      n.rating_count, n.score, n.delivery_radius_m, n.lead_time_minutes, n.timezone,
      (select coalesce(json_agg(json_build_object(
          'weekday', h.weekday, 'opensAt', h.opens_at, 'closesAt', h.closes_at)), '[]')
        from chef_opening_hours h where h.chef_id = n.id) as hours
    from nearby n
    where ${sql.join(filters, sql` and `)}
    order by ${byRating ? sql`n.score desc, n.rating_count desc, ` : sql``}n.distance_m, n.id
    limit ${input.limit + 1}`);
  const rows = rowsOf<SearchRow>(result);

  return pageOf(
    rows,
    input.limit,
    (row) => ({
      id: row.id,
      businessName: row.business_name,
      bio: row.bio,
      cuisines: row.cuisines,
      city: row.city,
      distanceM: Math.round(Number(row.distance_m)),
      ratingAvg: Number(row.rating_avg),
      ratingCount: Number(row.rating_count),
      isNew: Number(row.rating_count) === 0,
      deliveryRadiusM: Number(row.delivery_radius_m),
      leadTimeMinutes: Number(row.lead_time_minutes),
      timezone: row.timezone,
      ...openingState(row.hours, row.timezone, now),
    }),
    (last) =>
      encodeSignedCursor(services.auth.key, CURSOR_PURPOSE, {
        f: fingerprint(input),
        d: Number(last.distance_m),
        r: Number(last.score),
        c: Number(last.rating_count),
        id: last.id,
      } satisfies CursorKey),
  );
}
