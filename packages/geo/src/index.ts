import { createBuiltinGeocoder } from './builtin.ts';
import { createNominatimGeocoder, createPhotonGeocoder } from './remote.ts';
import type { Geocoder } from './types.ts';

export { createBuiltinGeocoder } from './builtin.ts';
export { createNominatimGeocoder, createPhotonGeocoder } from './remote.ts';
export { destinationPoint, EARTH_RADIUS_M, haversineM } from './distance.ts';
export { GeocoderUnavailableError, type AutocompleteOptions, type Geocoder } from './types.ts';

export const GEOCODER_KINDS = ['photon', 'nominatim'] as const;
export type RemoteGeocoderKind = (typeof GEOCODER_KINDS)[number];

export interface GeocoderSettings {
  /** A Photon or Nominatim server; unset: the built-in demo-city geocoder. */
  url?: string | undefined;
  kind?: RemoteGeocoderKind;
  timeoutMs?: number;
  userAgent?: string;
}

/** The geocoder the settings ask for: a remote service at `url`, or the built-in one. */
export function createGeocoder(settings: GeocoderSettings = {}): Geocoder {
  if (!settings.url) return createBuiltinGeocoder();
  const http = {
    baseUrl: settings.url,
    timeoutMs: settings.timeoutMs ?? 3000,
    userAgent: settings.userAgent ?? 'HomeChef (self-hosted; address search)',
  };
  return settings.kind === 'nominatim' ? createNominatimGeocoder(http) : createPhotonGeocoder(http);
}
export { boundingBox } from './bounds.ts';
export {
  createGeoIndex,
  MemoryGeoIndex,
  RedisGeoIndex,
  type GeoIndex,
  type GeoIndexKind,
  type NearbyPosition,
  type TrackedPosition,
} from './index/index.ts';
