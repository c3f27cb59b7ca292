/** Distances on the Earth in SQL (`haversineM` in TypeScript), and the box around a delivery radius. */
import { sql, type SQL } from 'drizzle-orm';
import { chefs } from '@homechef/db';
import { boundingBox, EARTH_RADIUS_M, haversineM } from '@homechef/geo';
import { MAX_DELIVERY_RADIUS_M } from '@homechef/validators';

export { boundingBox, EARTH_RADIUS_M, haversineM };

/** Metres from (lat, lng) to the kitchen, in SQL. */
export function distanceSql(lat: number, lng: number): SQL<number> {
  return sql<number>`(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1::float8, sqrt(
    power(sin(radians(${chefs.lat} - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(${chefs.lat}))
      * power(sin(radians(${chefs.lng} - ${lng}::float8) / 2), 2)))))`;
}

export function boxCondition(lat: number, lng: number): SQL {
  const box = boundingBox(lat, lng, MAX_DELIVERY_RADIUS_M);
  const latRange = sql`${chefs.lat} between ${box.minLat}::float8 and ${box.maxLat}::float8`;
  if (!box.lngRanges) return latRange;
  const lngRanges = box.lngRanges.map(
    ([min, max]) => sql`${chefs.lng} between ${min}::float8 and ${max}::float8`,
  );
  return sql`${latRange} and (${sql.join(lngRanges, sql` or `)})`;
}
