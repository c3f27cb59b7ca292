import { planRound } from '@homechef/dispatch';
import { describe, expect, it } from 'vitest';
import {
  CITY_SPEED_MPS,
  EXCLUDED_SECONDS,
  plannerTravelTime,
  straightLineEstimator,
  type DispatchPoint,
} from './travel.ts';

const kitchen: DispatchPoint = { lat: 37.8044, lng: -122.2712 };
/** About 1 km east of the kitchen. */
const east: DispatchPoint = { lat: 37.8044, lng: -122.2598 };

describe('straight-line travel time', () => {
  it('drives the road detour at the vehicle’s city speed', () => {
    const estimate = straightLineEstimator();
    const byBike = estimate.seconds({ ...east, vehicle: 'bicycle' }, kitchen);
    const byCar = estimate.seconds({ ...east, vehicle: 'car' }, kitchen);
    expect(byBike / byCar).toBeCloseTo(CITY_SPEED_MPS.car / CITY_SPEED_MPS.bicycle, 5);
    // ~1 km × 1.3 at 7.5 m/s.
    expect(byCar).toBeGreaterThan(160);
    expect(byCar).toBeLessThan(190);
  });

  it('makes an excluded driver unreachable, so the planner never pairs them', () => {
    const tt = plannerTravelTime(straightLineEstimator());
    const near = { ...east, vehicle: 'car' as const, driverId: 'near' };
    const far = { lat: 37.83, lng: -122.2712, vehicle: 'car' as const, driverId: 'far' };
    const pickup = { ...kitchen, excluded: new Set(['near']) };
    expect(tt(near, pickup)).toBe(EXCLUDED_SECONDS);
    expect(tt(far, pickup)).toBeLessThan(1000);
    const plan = planRound({
      now: 1000,
      orders: [{ id: 'o1', kitchenId: 'k', pickup, dropoff: east, placedAt: 900, readyAt: 1000 }],
      drivers: [
        { id: 'near', position: near, availableAt: 1000 },
        { id: 'far', position: far, availableAt: 1000 },
      ],
      travelTime: tt,
      params: { pickupServiceTime: 120, dropoffServiceTime: 120 },
    });
    expect(plan.assignments).toEqual([
      expect.objectContaining({ driverId: 'far', orderIds: ['o1'] }),
    ]);
    // With only the excluded driver, the order is held rather than offered to them.
    const alone = planRound({
      now: 1000,
      orders: [{ id: 'o1', kitchenId: 'k', pickup, dropoff: east, placedAt: 900, readyAt: 1000 }],
      drivers: [{ id: 'near', position: near, availableAt: 1000 }],
      travelTime: tt,
      params: { pickupServiceTime: 120, dropoffServiceTime: 120 },
    });
    expect(alone.assignments).toEqual([]);
  });
});
