/**
 * The trail: accepted pings written to `driver_locations` (with the order the driver carries,
 * from their active assignment) and the latest one to `drivers.last_*`, a batch per statement
 * rather than a statement per ping.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '@homechef/db';
import type { TrailPoint } from '../../context.ts';
import { BatchWriter, type BatchWriterOptions } from '../../shared/batch.ts';

export async function writeTrail(db: Database, points: readonly TrailPoint[]): Promise<void> {
  if (points.length === 0) return;
  const rows = JSON.stringify(
    points.map((p) => ({
      driver_id: p.driverId,
      lat: p.lat,
      lng: p.lng,
      accuracy_m: p.accuracyM,
      heading: p.heading,
      speed_mps: p.speedMps,
      recorded_at: p.recordedAt.toISOString(),
      received_at: p.receivedAt.toISOString(),
    })),
  );
  await db.execute(sql`
    with batch as (
      select * from json_to_recordset(${rows}::json) as t(
        driver_id uuid, lat float8, lng float8, accuracy_m real, heading real, speed_mps real,
        recorded_at timestamptz, received_at timestamptz)
    ),
    trail as (
      insert into driver_locations
        (driver_id, order_id, lat, lng, heading, speed_mps, accuracy_m, recorded_at)
      select b.driver_id, a.order_id, b.lat, b.lng, b.heading, b.speed_mps, b.accuracy_m,
             b.recorded_at
      from batch b
      left join driver_assignments a
        on a.driver_id = b.driver_id and a.cancelled_at is null and a.delivered_at is null
      returning 1
    ),
    latest as (
      select distinct on (driver_id) * from batch order by driver_id, recorded_at desc
    )
    update drivers d
    set last_lat = l.lat, last_lng = l.lng, last_seen_at = greatest(d.last_seen_at, l.received_at)
    from latest l
    where d.id = l.driver_id
  `);
}

export function createTrailWriter(
  db: Database,
  options: BatchWriterOptions = {},
): BatchWriter<TrailPoint> {
  return new BatchWriter((points) => writeTrail(db, points), {
    maxItems: 500,
    intervalMs: 1000,
    ...options,
  });
}
