import { Latitude, Longitude } from '@homechef/validators';

export interface DeliveryLocation {
  lat: number;
  lng: number;
  /** What the customer calls it ("Downtown Oakland", "Home"). */
  label: string;
}

/** Places in the demo city, so browsing works without geocoding or a saved address. */
export const PRESETS: readonly DeliveryLocation[] = [
  { label: 'Downtown Oakland', lat: 37.8044, lng: -122.2712 },
  { label: 'Temescal', lat: 37.8338, lng: -122.2637 },
  { label: 'Lake Merritt', lat: 37.8027, lng: -122.2583 },
  { label: 'Fruitvale', lat: 37.7749, lng: -122.2241 },
  { label: 'Downtown Berkeley', lat: 37.8703, lng: -122.2681 },
];

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The location in a page's search params, when both coordinates are there and valid. */
export function locationFromParams(params: Params): DeliveryLocation | null {
  const lat = Latitude.safeParse(Number(one(params.lat) ?? Number.NaN));
  const lng = Longitude.safeParse(Number(one(params.lng) ?? Number.NaN));
  if (!lat.success || !lng.success || one(params.lat) === '' || one(params.lng) === '') return null;
  return { lat: lat.data, lng: lng.data, label: one(params.place) ?? 'your location' };
}

/** `lat`, `lng` and `place` as search params (coordinates rounded to about 10 m). */
export function locationQuery(location: DeliveryLocation): string {
  return new URLSearchParams({
    lat: location.lat.toFixed(4),
    lng: location.lng.toFixed(4),
    place: location.label,
  }).toString();
}
