/**
 * Which drivers a round may offer work to. The one place that finds drivers' positions for
 * dispatch: the GeoIndex of online drivers' latest positions (Redis or in memory) gives who is
 * near each waiting kitchen, and the drivers table says who of them may take work now.
 */
import { and, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { driverAssignments, drivers, type VehicleType } from '@homechef/db';
import type { Services } from '../../context.ts';
import { DEFAULT_DISPATCH_SETTINGS } from './settings.ts';

export interface FreeDriver {
  id: string;
  lat: number;
  lng: number;
  vehicleType: VehicleType;
  lastSeenAt: Date;
}

/** Most drivers taken from the index around one kitchen (the planner keeps ~10 per kitchen). */
const PER_POINT = 50;

/**
 * Approved drivers who are online (free), whose latest position is at most `freshSeconds` old
 * and within `radiusM` of at least one of `points`, and who carry nothing.
 */
export async function freeDriversNear(
  services: Pick<Services, 'db' | 'geoIndex'>,
  points: readonly { lat: number; lng: number }[],
  radiusM: number,
  { now = new Date(), freshSeconds = DEFAULT_DISPATCH_SETTINGS.freshSeconds } = {},
): Promise<FreeDriver[]> {
  const since = now.getTime() - freshSeconds * 1000;
  const near = new Map<string, { lat: number; lng: number; at: Date }>();
  const found = await Promise.all(
    points.map((p) => services.geoIndex.search(p, radiusM, { limit: PER_POINT })),
  );
  for (const position of found.flat()) {
    if (position.at.getTime() >= since) near.set(position.id, position);
  }
  if (near.size === 0) return [];
  const rows = await services.db
    .select({ id: drivers.id, vehicleType: drivers.vehicleType })
    .from(drivers)
    .where(
      and(
        inArray(drivers.id, [...near.keys()]),
        eq(drivers.status, 'online'),
        eq(drivers.verificationStatus, 'approved'),
        notExists(
          services.db
            .select({ one: sql`1` })
            .from(driverAssignments)
            .where(
              and(
                eq(driverAssignments.driverId, drivers.id),
                isNull(driverAssignments.cancelledAt),
                isNull(driverAssignments.deliveredAt),
              ),
            ),
        ),
      ),
    );
  return rows.map((r) => {
    const position = near.get(r.id)!;
    return {
      id: r.id,
      lat: position.lat,
      lng: position.lng,
      vehicleType: r.vehicleType,
      lastSeenAt: position.at,
    };
  });
}
