/** Address search: what a client types, and the addresses the geocoder suggests. */
import { z } from 'zod';
import { Latitude, Longitude } from './auth.ts';
import { SingleLineText } from './common.ts';

export const MAX_GEO_SUGGESTIONS = 10;

export const GeoPoint = z.object({ lat: Latitude, lng: Longitude });
export type GeoPoint = z.infer<typeof GeoPoint>;

export const AutocompleteAddressInput = z.object({
  /** What the person has typed so far; an empty query suggests nothing. */
  query: SingleLineText().max(200, 'Use at most 200 characters'),
  /** Suggestions nearer this point come first. */
  near: GeoPoint.optional(),
  limit: z.number().int().min(1).max(MAX_GEO_SUGGESTIONS).default(5),
});
export type AutocompleteAddressInput = z.input<typeof AutocompleteAddressInput>;

export const ReverseGeocodeInput = GeoPoint;

/** One address the geocoder knows, in the shape of the address forms. */
export const GeoSuggestion = z.object({
  /** Stable for the same place: a key for lists. */
  id: z.string(),
  /** The whole address on one line, as the suggestion list shows it. */
  label: z.string(),
  /** Street and house number, or the street alone when `houseNumber` is null. */
  line1: z.string(),
  /** Null for a whole street: the person still has to say which house. */
  houseNumber: z.string().nullable(),
  /** The neighbourhood or district, when known. */
  area: z.string().nullable(),
  city: z.string(),
  /** Empty when the geocoder does not know it: the form asks for it. */
  postalCode: z.string(),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().regex(/^[A-Z]{2}$/),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type GeoSuggestion = z.infer<typeof GeoSuggestion>;

export const AutocompleteAddressOutput = z.array(GeoSuggestion).max(MAX_GEO_SUGGESTIONS);
/** The address nearest a point, or null when there is none near enough. */
export const ReverseGeocodeOutput = GeoSuggestion.nullable();
