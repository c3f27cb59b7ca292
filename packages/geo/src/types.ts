import type { GeoPoint, GeoSuggestion } from '@homechef/validators';

export type { GeoPoint, GeoSuggestion };

export interface AutocompleteOptions {
  /** Suggestions nearer this point come first. */
  near?: GeoPoint;
  limit: number;
  /** Aborts the lookup (the client went away). */
  signal?: AbortSignal;
}

/**
 * Turns what people type into addresses with coordinates, and a position into the nearest
 * address. The built-in one knows the demo city; the remote one asks a Photon or Nominatim
 * server. Both answer in the shape of the address forms.
 */
export interface Geocoder {
  readonly kind: 'builtin' | 'photon' | 'nominatim';
  autocomplete(query: string, options: AutocompleteOptions): Promise<GeoSuggestion[]>;
  reverse(point: GeoPoint, options?: { signal?: AbortSignal }): Promise<GeoSuggestion | null>;
}

/** The geocoding service could not answer (down, slow, or it sent something unreadable). */
export class GeocoderUnavailableError extends Error {
  override name = 'GeocoderUnavailableError';
}
