import type { GeoPoint } from '@homechef/validators';

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres. */
export function haversineM(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const a =
    Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lng2 - lng1) * RAD) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export const distanceM = (a: GeoPoint, b: GeoPoint) => haversineM(a.lat, a.lng, b.lat, b.lng);

/** The point `metres` from (lat, lng) along `bearingDeg` (clockwise from north). */
export function destinationPoint(
  lat: number,
  lng: number,
  bearingDeg: number,
  metres: number,
): GeoPoint {
  const d = metres / EARTH_RADIUS_M;
  const b = bearingDeg * RAD;
  const φ1 = lat * RAD;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
  const λ2 =
    lng * RAD +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return { lat: φ2 / RAD, lng: ((λ2 / RAD + 540) % 360) - 180 };
}
