import { destinationPoint } from '@homechef/geo/distance';
import { describe, expect, it } from 'vitest';
import { etaMinutes, isTracked } from './eta.ts';

const kitchen = { lat: 37.8044, lng: -122.2712 };
const home = destinationPoint(kitchen.lat, kitchen.lng, 90, 3000);
const order = (status: 'assigned_to_driver' | 'in_transit') => ({
  status,
  kitchen,
  delivery: { ...home, line1: '', line2: null, city: '', postalCode: '', instructions: null },
});

describe('driver ETA', () => {
  it('is the straight line to the door at the vehicle’s speed', () => {
    const driver = {
      ...destinationPoint(kitchen.lat, kitchen.lng, 90, 1200),
      vehicleType: 'bicycle' as const,
    };
    // 1.8 km at 4.5 m/s is 400 s: 7 minutes, rounded up.
    expect(etaMinutes(order('in_transit'), driver)).toBe(7);
    expect(etaMinutes(order('in_transit'), { ...driver, vehicleType: 'motorcycle' })).toBe(4);
  });

  it('goes through the kitchen before pickup', () => {
    const driver = {
      ...destinationPoint(kitchen.lat, kitchen.lng, 270, 900),
      vehicleType: 'car' as const,
    };
    // 0.9 km to the kitchen and 3 km on, at 8 m/s: 488 s.
    expect(etaMinutes(order('assigned_to_driver'), driver)).toBe(9);
  });

  it('shows the map from assignment until delivery only', () => {
    expect(
      ['assigned_to_driver', 'picked_up', 'in_transit'].every((s) => isTracked(s as never)),
    ).toBe(true);
    expect(isTracked('delivered')).toBe(false);
    expect(isTracked('ready_for_pickup')).toBe(false);
  });
});
