import {
  ALLERGENS as DB_ALLERGENS,
  CHEF_DOCUMENT_KINDS as DB_DOCUMENT_KINDS,
  CHEF_VERIFICATION_STATUSES as DB_STATUSES,
  DIETARY_TAGS as DB_DIETARY_TAGS,
  MAX_CHEF_DOCUMENT_BYTES as DB_MAX_DOCUMENT_BYTES,
  MAX_DELIVERY_RADIUS_M as DB_MAX_RADIUS,
} from '@homechef/db';
import {
  ALLERGENS,
  CHEF_DOCUMENT_KINDS,
  CHEF_VERIFICATION_STATUSES,
  DIETARY_TAGS,
  MAX_CHEF_DOCUMENT_BYTES,
  MAX_DELIVERY_RADIUS_M,
} from '@homechef/validators';
import { describe, expect, it } from 'vitest';
import { boundingBox, haversineM } from './discovery.ts';

describe('haversineM', () => {
  it('measures known distances', () => {
    expect(haversineM(0, 0, 0, 1)).toBeCloseTo(111_195, -1);
    // Oakland (Temescal) to downtown Berkeley: about 4.1 km.
    expect(haversineM(37.8338, -122.2637, 37.8703, -122.2681)).toBeGreaterThan(4000);
    expect(haversineM(37.8338, -122.2637, 37.8703, -122.2681)).toBeLessThan(4200);
  });
});

describe('boundingBox', () => {
  it('contains every point at the radius in every direction', () => {
    for (const [lat, lng] of [
      [37.8, -122.27],
      [64.1, -21.9],
      [-33.9, 151.2],
    ] as const) {
      const box = boundingBox(lat, lng, 50_000);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        const [pLat, pLng] = destination(lat, lng, bearing, 49_999);
        expect(pLat).toBeGreaterThanOrEqual(box.minLat);
        expect(pLat).toBeLessThanOrEqual(box.maxLat);
        expect(box.lngRanges!.some(([min, max]) => pLng >= min && pLng <= max)).toBe(true);
      }
    }
  });

  it('splits at the antimeridian and gives up on longitude near a pole', () => {
    expect(boundingBox(-17.7, 179.9, 50_000).lngRanges).toHaveLength(2);
    expect(boundingBox(89.9, 0, 50_000).lngRanges).toBeNull();
  });
});

describe('shared value lists', () => {
  it('are the same in @homechef/validators and the database schema', () => {
    expect(DIETARY_TAGS).toEqual(DB_DIETARY_TAGS);
    expect(ALLERGENS).toEqual(DB_ALLERGENS);
    expect(CHEF_DOCUMENT_KINDS).toEqual(DB_DOCUMENT_KINDS);
    expect(CHEF_VERIFICATION_STATUSES).toEqual(DB_STATUSES);
    expect(MAX_DELIVERY_RADIUS_M).toBe(DB_MAX_RADIUS);
    expect(MAX_CHEF_DOCUMENT_BYTES).toBe(DB_MAX_DOCUMENT_BYTES);
  });
});

/** The point `distance` metres from (lat, lng) along `bearing` degrees (spherical Earth). */
export function destination(
  lat: number,
  lng: number,
  bearing: number,
  distance: number,
): [number, number] {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const d = distance / R;
  const b = bearing * rad;
  const φ1 = lat * rad;
  const λ1 = lng * rad;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
  const λ2 =
    λ1 +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return [φ2 / rad, ((λ2 / rad + 540) % 360) - 180];
}
