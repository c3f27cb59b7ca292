import { describe, expect, it } from 'vitest';
import { boundingBox, haversineM } from './geo.ts';

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
