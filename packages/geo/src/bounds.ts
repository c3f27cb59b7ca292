import { EARTH_RADIUS_M } from './distance.ts';

const RAD = Math.PI / 180;

/**
 * Latitude and longitude ranges that contain every point within `radiusM` of (lat, lng);
 * two longitude ranges when the box crosses the antimeridian, none near a pole.
 */
export function boundingBox(lat: number, lng: number, radiusM: number) {
  const angular = (radiusM / EARTH_RADIUS_M) * 1.0001;
  const dLat = angular / RAD;
  const minLat = lat - dLat;
  const maxLat = lat + dLat;
  if (minLat <= -90 || maxLat >= 90 || Math.sin(angular) >= Math.cos(lat * RAD)) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), lngRanges: null };
  }
  const dLng = Math.asin(Math.sin(angular) / Math.cos(lat * RAD)) / RAD;
  const minLng = lng - dLng;
  const maxLng = lng + dLng;
  const lngRanges: [number, number][] =
    minLng < -180
      ? [
          [minLng + 360, 180],
          [-180, maxLng],
        ]
      : maxLng > 180
        ? [
            [minLng, 180],
            [-180, maxLng - 360],
          ]
        : [[minLng, maxLng]];
  return { minLat, maxLat, lngRanges };
}
