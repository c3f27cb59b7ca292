/**
 * The embedded default: a geocoder that knows the demo city's streets and neighbourhoods (the
 * seed's own map, `@homechef/db/city`), with house numbers interpolated along each street.
 */
import {
  houseOn,
  nearestHouse,
  NEIGHBOURHOODS,
  STREET_SEGMENTS,
  type StreetSegment,
} from '@homechef/db/city';
import type { GeoPoint, GeoSuggestion } from '@homechef/validators';
import { distanceM } from './distance.ts';
import { normalize, spellings, splitHouseNumber, wordScore, words } from './text.ts';
import type { AutocompleteOptions, Geocoder } from './types.ts';

/** A typed word matched only the city or postal code counts for less than a street's name. */
const PLACE_WEIGHT = 0.8;
const AREA_WEIGHT = 0.9;

interface Entry {
  street: StreetSegment;
  centre: GeoPoint;
  name: string[][];
  area: string[][];
  place: string[][];
  /** The street name without spaces, for "mac arthur" typed as two words. */
  compact: string;
}

const ENTRIES: readonly Entry[] = STREET_SEGMENTS.map((street) => {
  const hood = NEIGHBOURHOODS.find((n) => n.name === street.neighbourhood);
  return {
    street,
    centre: { lat: hood?.lat ?? street.start.lat, lng: hood?.lng ?? street.start.lng },
    name: words(street.name).map(spellings),
    area: words(street.neighbourhood).map(spellings),
    place: [...words(street.city), street.postalCode].map(spellings),
    compact: normalize(street.name).replaceAll(' ', ''),
  };
});

function best(typed: string, names: string[][], weight: number): number {
  let score = 0;
  for (const spelled of names) {
    for (const word of spelled) score = Math.max(score, wordScore(typed, word) * weight);
  }
  return score;
}

/**
 * How well the typed words describe this street, 0 when one of them matches nothing: each word
 * must match the street's name, its neighbourhood, its city or its postal code.
 */
function scoreOf(entry: Entry, typed: string[]): number {
  if (typed.length === 0) return 0;
  let total = 0;
  let named = false;
  for (const word of typed) {
    const name = best(word, entry.name, 1);
    const score = Math.max(
      name,
      best(word, entry.area, AREA_WEIGHT),
      best(word, entry.place, PLACE_WEIGHT),
    );
    if (score === 0) return 0;
    if (name > 0) named = true;
    total += score;
  }
  // The name's first word typed first ("tel…" for Telegraph Ave) is what people mean most.
  const leads = best(typed[0] ?? '', entry.name.slice(0, 1), 1) > 0 ? 0.5 : 0;
  return total / typed.length + (named ? 0.25 : 0) + leads;
}

/** "mac arthur" or "macarthurblvd": the typed letters against the name without spaces. */
function compactScore(entry: Entry, typed: string[]): number {
  const joined = typed.join('');
  if (joined.length < 4) return 0;
  return wordScore(joined, entry.compact) > 0 ? 1.5 : 0;
}

function suggestion(street: StreetSegment, number: number | null, at: GeoPoint): GeoSuggestion {
  const line1 = number === null ? street.name : `${number} ${street.name}`;
  return {
    id: `demo:${normalize(street.neighbourhood).replaceAll(' ', '-')}:${normalize(street.name).replaceAll(' ', '-')}:${number ?? ''}`,
    label: [line1, street.neighbourhood === street.city ? null : street.neighbourhood]
      .concat(`${street.city} ${street.postalCode}`)
      .filter(Boolean)
      .join(', '),
    line1,
    houseNumber: number === null ? null : String(number),
    area: street.neighbourhood,
    city: street.city,
    postalCode: street.postalCode,
    country: street.country,
    lat: at.lat,
    lng: at.lng,
  };
}

export function createBuiltinGeocoder(): Geocoder {
  return {
    kind: 'builtin',
    autocomplete(query: string, { near, limit }: AutocompleteOptions) {
      const { number, rest } = splitHouseNumber(query);
      const typed = words(rest);
      if (typed.length === 0) return Promise.resolve([]);
      const ranked = ENTRIES.map((entry) => ({
        entry,
        score: Math.max(scoreOf(entry, typed), compactScore(entry, typed)),
        away: near ? distanceM(near, entry.centre) : 0,
      }))
        .filter((r) => r.score > 0)
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.away - b.away ||
            a.entry.street.name.localeCompare(b.entry.street.name),
        );
      const found: GeoSuggestion[] = [];
      for (const { entry } of ranked) {
        if (found.length >= limit) break;
        if (number === null) {
          found.push(suggestion(entry.street, null, entry.centre));
          continue;
        }
        // A number the street does not have: this street is not the address.
        const at = houseOn(entry.street, number);
        if (at) found.push(suggestion(entry.street, number, at));
      }
      return Promise.resolve(found);
    },
    reverse(point: GeoPoint) {
      const house = nearestHouse(point);
      return Promise.resolve(house ? suggestion(house.street, house.number, house) : null);
    },
  };
}
