/** Distances on the Earth in SQL (`haversineM` in TypeScript), and the box around a delivery radius. */
import { sql, type SQL } from 'drizzle-orm';
import { chefs } from '@homechef/db';
import { EARTH_RADIUS_M, haversineM } from '@homechef/geo';
import { MAX_DELIVERY_RADIUS_M } from '@homechef/validators';

export { EARTH_RADIUS_M, haversineM };
const RAD = Math.PI / 180;

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

export function boxCondition(lat: number, lng: number): SQL {
  const box = boundingBox(lat, lng, MAX_DELIVERY_RADIUS_M);
  const latRange = sql`${chefs.lat} between ${box.minLat}::float8 and ${box.maxLat}::float8`;
  if (!box.lngRanges) return latRange;
  const lngRanges = box.lngRanges.map(
    ([min, max]) => sql`${chefs.lng} between ${min}::float8 and ${max}::float8`,
  );
  return sql`${latRange} and (${sql.join(lngRanges, sql` or `)})`;
}
