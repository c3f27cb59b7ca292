/**
 * Which drivers a round may offer work to. The one place that reads drivers' positions for
 * dispatch: the live GeoIndex of online drivers can replace the lookup below.
 */
import { and, eq, gt, isNotNull, notExists, sql } from 'drizzle-orm';
import { driverAssignments, drivers, type VehicleType } from '@homechef/db';
import { haversineM } from '@homechef/geo';
import type { Services } from '../../context.ts';
import { DEFAULT_DISPATCH_SETTINGS } from './settings.ts';

export interface FreeDriver {
  id: string;
  lat: number;
  lng: number;
  vehicleType: VehicleType;
  lastSeenAt: Date;
}

const METRES_PER_DEGREE_LAT = 111_320;

/**
 * Approved drivers who are online (free), were seen within `freshSeconds` and carry nothing,
 * within `radiusM` of at least one of `points`.
 */
export async function freeDriversNear(
  services: Pick<Services, 'db'>,
  points: readonly { lat: number; lng: number }[],
  radiusM: number,
  { now = new Date(), freshSeconds = DEFAULT_DISPATCH_SETTINGS.freshSeconds } = {},
): Promise<FreeDriver[]> {
  if (points.length === 0) return [];
  // One box around all the points keeps the query a range scan; the exact radius is checked below.
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const dLat = radiusM / METRES_PER_DEGREE_LAT;
  const maxAbsLat = Math.min(89, Math.max(...lats.map(Math.abs)) + dLat);
  const dLng = dLat / Math.cos((maxAbsLat * Math.PI) / 180);
  const rows = await services.db
    .select({
      id: drivers.id,
      lat: drivers.lastLat,
      lng: drivers.lastLng,
      vehicleType: drivers.vehicleType,
      lastSeenAt: drivers.lastSeenAt,
    })
    .from(drivers)
    .where(
      and(
        eq(drivers.status, 'online'),
        eq(drivers.verificationStatus, 'approved'),
        gt(drivers.lastSeenAt, new Date(now.getTime() - freshSeconds * 1000)),
        isNotNull(drivers.lastLat),
        sql`${drivers.lastLat} between ${Math.min(...lats) - dLat} and ${Math.max(...lats) + dLat}`,
        sql`${drivers.lastLng} between ${Math.min(...lngs) - dLng} and ${Math.max(...lngs) + dLng}`,
        notExists(
          services.db
            .select({ one: sql`1` })
            .from(driverAssignments)
            .where(
              and(
                eq(driverAssignments.driverId, drivers.id),
                sql`${driverAssignments.cancelledAt} is null and ${driverAssignments.deliveredAt} is null`,
              ),
            ),
        ),
      ),
    );
  return rows.flatMap((r) =>
    r.lat !== null &&
    r.lng !== null &&
    r.lastSeenAt !== null &&
    points.some((p) => haversineM(p.lat, p.lng, r.lat!, r.lng!) <= radiusM)
      ? [{ id: r.id, lat: r.lat, lng: r.lng, vehicleType: r.vehicleType, lastSeenAt: r.lastSeenAt }]
      : [],
  );
}
