'use client';

import type { GeoPoint, GeoSuggestion } from '@homechef/validators';
import {
  Button,
  CheckIcon,
  Combobox,
  CrosshairIcon,
  MapPinIcon,
  useGeolocation,
  type ComboboxStatus,
} from '@homechef/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { describeApiError } from '../../api/errors.ts';
import { useTRPC, useTRPCClient } from '../../api/react.tsx';

/** Letters typed before the first search, and the pause in typing that starts one. */
const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 250;
const SUGGESTIONS = 6;

/** The address form fields a chosen address fills (coordinates as the forms hold them). */
export interface AddressFields {
  line1: string;
  city: string;
  postalCode: string;
  country: string;
  lat: string;
  lng: string;
}

export function addressFields(suggestion: GeoSuggestion): AddressFields {
  return {
    line1: suggestion.line1,
    city: suggestion.city,
    postalCode: suggestion.postalCode,
    country: suggestion.country,
    lat: String(suggestion.lat),
    lng: String(suggestion.lng),
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface AddressSearchProps {
  /** The street address as typed (the form's `line1`). */
  value: string;
  /** The person typed: the form keeps the text and forgets the old coordinates. */
  onType: (line1: string) => void;
  /** The person chose an address: fill the form with it. */
  onPick: (fields: AddressFields) => void;
  label?: string;
  name?: string;
  error?: string;
  /** Suggestions near this point come first. */
  near?: GeoPoint;
}

/**
 * The street address box of an address form: suggestions from `geo.autocomplete` as the
 * person types (after a pause; an answer for older text is never shown), and choosing one
 * fills the street, city, postal code and coordinates. A whole street asks for the number.
 */
export function AddressSearch({
  value,
  onType,
  onPick,
  label = 'Street address',
  name = 'line1',
  error,
  near,
}: AddressSearchProps) {
  const trpc = useTRPC();
  // Typed since the last choice: only then is there anything to suggest.
  const [searching, setSearching] = useState(false);
  const [street, setStreet] = useState<string | null>(null);
  const query = value.trim();
  const settled = useDebounced(query, DEBOUNCE_MS);
  const ready = searching && query.length >= MIN_QUERY_LENGTH;
  const suggestions = useQuery({
    ...trpc.geo.autocomplete.queryOptions(
      { query: settled, limit: SUGGESTIONS, ...(near ? { near } : {}) },
      // Text typed on makes the older question moot: its request is cancelled.
      { trpc: { abortOnUnmount: true } },
    ),
    enabled: ready && settled === query,
    staleTime: 5 * 60_000,
    retry: false,
  });

  let status: ComboboxStatus;
  let message: ReactNode = null;
  if (!ready) status = 'idle';
  else if (settled !== query || suggestions.isPending) {
    status = 'loading';
    message = 'Searching addresses…';
  } else if (suggestions.isError) {
    status = 'error';
    message = describeApiError(suggestions.error).message;
  } else if (suggestions.data.length === 0) {
    status = 'empty';
    message = 'No matching addresses. Check the spelling, or use your location.';
  } else status = 'ready';

  return (
    <Combobox<GeoSuggestion>
      label={label}
      name={name}
      required
      placeholder="Start typing, e.g. 4100 Telegraph Ave"
      error={error}
      hint={
        street
          ? `Type the house number before ${street}.`
          : 'Choose your address from the suggestions.'
      }
      inputValue={value}
      onInputValueChange={(typed) => {
        setSearching(true);
        onType(typed);
      }}
      items={status === 'ready' ? (suggestions.data ?? []) : []}
      itemKey={(s) => s.id}
      itemText={(s) => s.label}
      renderItem={(s) => (
        <span className="flex items-start gap-2.5">
          <MapPinIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-500" />
          <span className="min-w-0">
            <span className="block font-medium text-stone-900">{s.line1}</span>
            <span className="block truncate text-stone-500">
              {s.label.startsWith(`${s.line1}, `) ? s.label.slice(s.line1.length + 2) : s.label}
            </span>
          </span>
        </span>
      )}
      onSelect={(s) => {
        if (s.houseNumber === null) {
          // A whole street: the box keeps it, and the cursor waits for the number in front.
          setStreet(s.line1);
          onType(` ${s.line1}`);
          return { caret: 'start' };
        }
        setStreet(null);
        setSearching(false);
        onPick(addressFields(s));
        return undefined;
      }}
      status={status}
      statusMessage={message}
    />
  );
}

export interface AddressLocationProps {
  lat: string;
  lng: string;
  /** The form found the coordinates missing. */
  error?: string | undefined;
  /** "Use my location" found the address here: fill the form with it. */
  onFound: (fields: AddressFields) => void;
  description?: ReactNode;
}

/**
 * Where the address is on the map: set by choosing a suggestion or by "use my location" (the
 * device's position, turned into the nearest address by `geo.reverse`), never typed.
 */
export function AddressLocation({ lat, lng, error, onFound, description }: AddressLocationProps) {
  const client = useTRPCClient();
  const { locate, locating, error: deviceError } = useGeolocation('type your address instead');
  const reverse = useMutation({
    mutationFn: (point: GeoPoint) => client.geo.reverse.query(point),
    onSuccess: (found) => {
      if (found) onFound(addressFields(found));
    },
  });
  const pinned = lat !== '' && lng !== '';
  const problem =
    deviceError ??
    (reverse.isError ? describeApiError(reverse.error).message : null) ??
    (reverse.isSuccess && reverse.data === null
      ? 'We couldn’t find a street address where you are: type it instead.'
      : null);

  return (
    <fieldset className="space-y-2 rounded-xl bg-stone-50 p-4 ring-1 ring-stone-200">
      <legend className="sr-only">Location on the map</legend>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-medium text-stone-900">Location on the map</p>
          {description ? <p className="text-sm text-stone-500">{description}</p> : null}
        </div>
        <Button
          variant="secondary"
          size="sm"
          loading={locating || reverse.isPending}
          icon={<CrosshairIcon aria-hidden="true" />}
          onClick={() => {
            reverse.reset();
            locate((point) => reverse.mutate(point));
          }}
        >
          Use my location
        </Button>
      </div>
      <p data-testid="address-pin" aria-live="polite" className="text-sm">
        {pinned ? (
          <span className="inline-flex items-center gap-1.5 text-emerald-800">
            <CheckIcon aria-hidden="true" className="size-4 shrink-0" />
            Pinned at {Number(lat).toFixed(5)}, {Number(lng).toFixed(5)}
          </span>
        ) : (
          <span className={error ? 'font-medium text-red-700' : 'text-stone-600'}>
            {error
              ? 'Choose your address from the suggestions, or use your location, so drivers can find it.'
              : 'Not on the map yet: choose your address from the suggestions, or use your location.'}
          </span>
        )}
      </p>
      {problem ? <p className="text-sm text-red-700">{problem}</p> : null}
    </fieldset>
  );
}
