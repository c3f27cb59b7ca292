import { DIETARY_TAGS, type DietaryTag } from '@homechef/validators';
import type { RouterInputs } from '@homechef/app-kit';
import type { Route } from 'next';
import { locationQuery, type DeliveryLocation } from './location.ts';

export interface BrowseFilters {
  q: string;
  cuisine: string;
  diet: DietaryTag[];
  open: boolean;
  sort: 'distance' | 'rating';
}

type Params = Record<string, string | string[] | undefined>;
const list = (v: string | string[] | undefined) =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function filtersFromParams(params: Params): BrowseFilters {
  const first = (key: string) => list(params[key])[0] ?? '';
  return {
    q: first('q'),
    cuisine: first('cuisine'),
    diet: list(params.diet).filter((d): d is DietaryTag =>
      (DIETARY_TAGS as readonly string[]).includes(d),
    ),
    open: first('open') === '1',
    sort: first('sort') === 'rating' ? 'rating' : 'distance',
  };
}

export function hrefFor(location: DeliveryLocation, f: BrowseFilters): Route {
  const params = new URLSearchParams(locationQuery(location));
  if (f.q) params.set('q', f.q);
  if (f.cuisine) params.set('cuisine', f.cuisine);
  for (const d of f.diet) params.append('diet', d);
  if (f.open) params.set('open', '1');
  if (f.sort !== 'distance') params.set('sort', f.sort);
  return `/kitchens?${params.toString()}`;
}

/** The `chefs.search` input of a browse page: one builder, so server prefetch and browser agree. */
export function searchInput(
  location: DeliveryLocation,
  f: BrowseFilters,
): RouterInputs['chefs']['search'] {
  return {
    lat: location.lat,
    lng: location.lng,
    limit: 12,
    sort: f.sort,
    ...(f.q ? { query: f.q } : {}),
    ...(f.cuisine ? { cuisine: f.cuisine } : {}),
    ...(f.diet.length ? { dietary: f.diet } : {}),
    ...(f.open ? { openNow: true } : {}),
  };
}

/** The `chefs.byId` input of a kitchen page. */
export function kitchenInput(
  id: string,
  location: DeliveryLocation | null,
): RouterInputs['chefs']['byId'] {
  return { id, ...(location ? { lat: location.lat, lng: location.lng } : {}) };
}
