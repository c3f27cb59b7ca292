/**
 * Position pings: accepted only on shift, dropped with a reason when implausible. An accepted
 * ping moves the driver in the geo index and on their location topic at once; the trail and
 * `drivers.last_*` follow in batches (trail.ts).
 */
import { TRPCError } from '@trpc/server';
import type { Driver } from '@homechef/db';
import { haversineM, type TrackedPosition } from '@homechef/geo';
import type { PingResult } from '@homechef/validators';
import type { PingDropReason } from '@homechef/validators/constants';
import type { Services } from '../../context.ts';
import { isOnShift } from './rule.ts';
import { driverLocationTopic } from './topics.ts';

export const PING_RULES = {
  /** 250 km/h between two accepted fixes. */
  maxSpeedMps: 250 / 3.6,
  /** A fix less precise than this says little about where the driver is. */
  maxAccuracyM: 200,
  /** Device clocks run a little ahead; more than this is a wrong clock. */
  futureSkewMs: 30_000,
  /** An older fix (sent late, after a tunnel) is history, not a position. */
  maxAgeMs: 60_000,
} as const;

export interface PingFix {
  lat: number;
  lng: number;
  accuracyM?: number | undefined;
  at: Date;
}

/** Why the fix is implausible after `last` (the last accepted one), or null. */
export function pingProblem(
  last: Pick<TrackedPosition, 'lat' | 'lng' | 'at'> | null,
  fix: PingFix,
  now: Date,
): PingDropReason | null {
  const at = fix.at.getTime();
  if (at > now.getTime() + PING_RULES.futureSkewMs) return 'in_future';
  if (at < now.getTime() - PING_RULES.maxAgeMs) return 'too_old';
  if ((fix.accuracyM ?? 0) > PING_RULES.maxAccuracyM) return 'inaccurate';
  if (!last) return null;
  const seconds = (at - last.at.getTime()) / 1000;
  if (seconds <= 0) return 'out_of_order';
  // The fix may be anywhere within its accuracy: only movement beyond it counts, and two
  // fixes a moment apart are timed over at least a second.
  const moved = Math.max(
    0,
    haversineM(last.lat, last.lng, fix.lat, fix.lng) - (fix.accuracyM ?? 0),
  );
  if (moved / Math.max(seconds, 1) > PING_RULES.maxSpeedMps) return 'too_fast';
  return null;
}

export interface PingInput extends PingFix {
  heading?: number | undefined;
  speedMps?: number | undefined;
}

export async function acceptPing(
  services: Pick<Services, 'bus' | 'geoIndex' | 'trail'>,
  driver: Pick<Driver, 'id' | 'status'>,
  input: PingInput,
  now = new Date(),
): Promise<PingResult> {
  if (!isOnShift(driver)) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'You are offline: go online to share your position',
    });
  }
  const last = await services.geoIndex.get(driver.id);
  const reason = pingProblem(last, input, now);
  if (reason) return { accepted: false, reason };
  const position: TrackedPosition = {
    id: driver.id,
    lat: input.lat,
    lng: input.lng,
    accuracyM: input.accuracyM ?? null,
    heading: input.heading ?? null,
    speedMps: input.speedMps ?? null,
    at: input.at,
  };
  await Promise.all([
    services.geoIndex.upsert(position),
    services.bus.publish(driverLocationTopic(driver.id), position),
  ]);
  services.trail.push({
    driverId: driver.id,
    lat: position.lat,
    lng: position.lng,
    accuracyM: position.accuracyM,
    heading: position.heading,
    speedMps: position.speedMps,
    recordedAt: position.at,
    receivedAt: now,
  });
  return { accepted: true };
}
