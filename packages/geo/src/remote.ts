/**
 * A real geocoding service at GEOCODER_URL: Photon (GeoJSON features) or Nominatim (`jsonv2`
 * with address details), both mapped to the address forms' shape.
 */
import type { GeoPoint, GeoSuggestion } from '@homechef/validators';
import { z } from 'zod';
import { Coordinate, endpoint, getJson, type HttpSettings } from './http.ts';
import { normalize, splitHouseNumber } from './text.ts';
import type { AutocompleteOptions, Geocoder } from './types.ts';

/** What both services tell about a place, before it becomes a suggestion. */
interface Place {
  id: string;
  lat: number;
  lng: number;
  /** A street rather than a house or a building on one. */
  isStreet: boolean;
  name?: string | undefined;
  houseNumber?: string | undefined;
  road?: string | undefined;
  area?: string | undefined;
  city?: string | undefined;
  postalCode?: string | undefined;
  countryCode?: string | undefined;
}

/**
 * A place as an address, or null when it is not one (a city, a lake). A street found for
 * "4100 telegraph" gets the typed number: the service knows the street but not every house,
 * and the pin stays on the street.
 */
function toSuggestion(place: Place, typedNumber: number | null): GeoSuggestion | null {
  const road = place.road ?? (place.isStreet ? place.name : undefined);
  const country = place.countryCode?.toUpperCase();
  if (!road || !place.city || !country || !/^[A-Z]{2}$/.test(country)) return null;
  const houseNumber =
    place.houseNumber ?? (place.isStreet && typedNumber !== null ? String(typedNumber) : null);
  const line1 = houseNumber ? `${houseNumber} ${road}` : road;
  const postalCode = place.postalCode ?? '';
  return {
    id: `${place.id}:${houseNumber ?? ''}`,
    label: [line1, place.area, `${place.city} ${postalCode}`.trim()].filter(Boolean).join(', '),
    line1,
    houseNumber,
    area: place.area ?? null,
    city: place.city,
    postalCode,
    country,
    lat: place.lat,
    lng: place.lng,
  };
}

function suggestionsOf(places: Place[], typedNumber: number | null, limit: number) {
  const seen = new Set<string>();
  const found: GeoSuggestion[] = [];
  for (const place of places) {
    const suggestion = toSuggestion(place, typedNumber);
    if (!suggestion || seen.has(normalize(suggestion.label))) continue;
    seen.add(normalize(suggestion.label));
    found.push(suggestion);
    if (found.length >= limit) break;
  }
  return found;
}

const text = z.string().trim().min(1).optional().catch(undefined);

const PhotonFeatures = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([Coordinate, Coordinate]) }),
      properties: z.object({
        osm_type: z.string().optional(),
        osm_id: z.union([z.number(), z.string()]).optional(),
        type: z.string().optional(),
        osm_key: z.string().optional(),
        name: text,
        housenumber: text,
        street: text,
        district: text,
        locality: text,
        city: text,
        town: text,
        village: text,
        postcode: text,
        countrycode: text,
      }),
    }),
  ),
});

function photonPlaces(body: z.infer<typeof PhotonFeatures>): Place[] {
  return body.features.map(({ geometry, properties: p }) => ({
    id: `photon:${p.osm_type ?? ''}${p.osm_id ?? `${geometry.coordinates.join(',')}`}`,
    lng: geometry.coordinates[0],
    lat: geometry.coordinates[1],
    isStreet: p.type === 'street' || (p.osm_key === 'highway' && !p.housenumber),
    name: p.name,
    houseNumber: p.housenumber,
    road: p.street,
    area: p.district ?? p.locality,
    city: p.city ?? p.town ?? p.village,
    postalCode: p.postcode,
    countryCode: p.countrycode,
  }));
}

const NominatimPlace = z.object({
  osm_type: z.string().optional(),
  osm_id: z.union([z.number(), z.string()]).optional(),
  place_id: z.union([z.number(), z.string()]).optional(),
  lat: Coordinate,
  lon: Coordinate,
  category: z.string().optional(),
  name: text,
  address: z
    .object({
      house_number: text,
      road: text,
      neighbourhood: text,
      suburb: text,
      city_district: text,
      city: text,
      town: text,
      village: text,
      postcode: text,
      country_code: text,
    })
    .default({}),
});
// Reverse answers `{ "error": "Unable to geocode" }` when nothing is near.
const NominatimReverse = z.union([NominatimPlace, z.object({ error: z.string() })]);

function nominatimPlace(p: z.infer<typeof NominatimPlace>): Place {
  const a = p.address;
  return {
    id: `nominatim:${p.osm_type ?? ''}${p.osm_id ?? p.place_id ?? `${p.lat},${p.lon}`}`,
    lat: p.lat,
    lng: p.lon,
    isStreet: p.category === 'highway',
    name: p.name,
    houseNumber: a.house_number,
    road: a.road,
    area: a.neighbourhood ?? a.suburb ?? a.city_district,
    city: a.city ?? a.town ?? a.village,
    postalCode: a.postcode,
    countryCode: a.country_code,
  };
}

/** The service asked for more than it returns: some results are not addresses and drop out. */
const overAsk = (limit: number) => String(Math.min(limit * 2, 20));

export function createPhotonGeocoder(settings: HttpSettings): Geocoder {
  return {
    kind: 'photon',
    async autocomplete(query: string, { near, limit, signal }: AutocompleteOptions) {
      if (normalize(query) === '') return [];
      const params: Record<string, string> = { q: query, limit: overAsk(limit) };
      if (near) Object.assign(params, { lat: String(near.lat), lon: String(near.lng) });
      const body = await getJson(
        endpoint(settings.baseUrl, 'api', params),
        PhotonFeatures,
        settings,
        signal,
      );
      return suggestionsOf(photonPlaces(body), splitHouseNumber(query).number, limit);
    },
    async reverse(point: GeoPoint, options = {}) {
      const params = { lat: String(point.lat), lon: String(point.lng), limit: '1' };
      const url = endpoint(settings.baseUrl, 'reverse', params);
      const body = await getJson(url, PhotonFeatures, settings, options.signal);
      return suggestionsOf(photonPlaces(body), null, 1)[0] ?? null;
    },
  };
}

/** Degrees around `near` that Nominatim prefers (not limits to): about 20 km. */
const VIEWBOX_DEGREES = 0.2;

export function createNominatimGeocoder(settings: HttpSettings): Geocoder {
  return {
    kind: 'nominatim',
    async autocomplete(query: string, { near, limit, signal }: AutocompleteOptions) {
      if (normalize(query) === '') return [];
      const params: Record<string, string> = {
        q: query,
        format: 'jsonv2',
        addressdetails: '1',
        limit: overAsk(limit),
      };
      if (near) {
        const d = VIEWBOX_DEGREES;
        params.viewbox = [near.lng - d, near.lat + d, near.lng + d, near.lat - d].join(',');
      }
      const url = endpoint(settings.baseUrl, 'search', params);
      const body = await getJson(url, z.array(NominatimPlace), settings, signal);
      return suggestionsOf(body.map(nominatimPlace), splitHouseNumber(query).number, limit);
    },
    async reverse(point: GeoPoint, options = {}) {
      const url = endpoint(settings.baseUrl, 'reverse', {
        lat: String(point.lat),
        lon: String(point.lng),
        format: 'jsonv2',
        addressdetails: '1',
        zoom: '18',
      });
      const body = await getJson(url, NominatimReverse, settings, options.signal);
      if ('error' in body) return null;
      return suggestionsOf([nominatimPlace(body)], null, 1)[0] ?? null;
    },
  };
}
