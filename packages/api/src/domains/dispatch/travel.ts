/**
 * Travel-time estimates for the planner. The planner treats points as opaque and only calls
 * `travelTime(from, to)`, so a road router can replace the straight-line estimate here without
 * touching anything else.
 */
import { haversineM } from '@homechef/geo';
import type { VehicleType } from '@homechef/db';

export interface DispatchPoint {
  lat: number;
  lng: number;
  /** Set on a driver's position: the vehicle sets the speed of the drive to the kitchen. */
  vehicle?: VehicleType;
  driverId?: string;
  /** Set on a pickup: drivers who declined or let this order's offer expire. */
  excluded?: ReadonlySet<string>;
}

export interface TravelEstimator {
  seconds(from: DispatchPoint, to: DispatchPoint): number;
}

/** Average city speeds, metres per second, stops included. */
export const CITY_SPEED_MPS: Record<VehicleType, number> = {
  bicycle: 4.2,
  scooter: 6.5,
  motorcycle: 8,
  car: 7.5,
};
/** Roads are longer than the straight line. */
const DETOUR = 1.3;
/** Kitchen to door, where the planner does not say which vehicle: a car's speed. */
const DEFAULT_SPEED_MPS = CITY_SPEED_MPS.car;

export function straightLineEstimator(speeds = CITY_SPEED_MPS): TravelEstimator {
  return {
    seconds: (from, to) =>
      (haversineM(from.lat, from.lng, to.lat, to.lng) * DETOUR) /
      (from.vehicle ? speeds[from.vehicle] : DEFAULT_SPEED_MPS),
  };
}

/**
 * Far beyond any reward the planner gives for serving an order: a driver excluded from an
 * order is never matched to it (the round also drops such a pair should one slip through).
 */
export const EXCLUDED_SECONDS = 1e9;

/** The planner's `travelTime`: the estimate, or "unreachable" for an excluded driver. */
export function plannerTravelTime(estimator: TravelEstimator) {
  return (from: DispatchPoint, to: DispatchPoint): number =>
    from.driverId !== undefined && to.excluded?.has(from.driverId)
      ? EXCLUDED_SECONDS
      : estimator.seconds(from, to);
}
