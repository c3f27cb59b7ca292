'use client';

import { useAuthSession } from '@homechef/app-kit/react';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Button,
  CrosshairIcon,
  Field,
  Input,
  MapPinIcon,
  Skeleton,
  cn,
  focusRing,
  useGeolocation,
} from '@homechef/ui';
import { Latitude, Longitude } from '@homechef/validators';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { locationQuery, PRESETS, type DeliveryLocation } from './location.ts';

/** A typed coordinate checked with the API's own schema. */
function coordinate(schema: typeof Latitude, value: string) {
  if (value.trim() === '' || Number.isNaN(Number(value))) {
    return { value: null, error: 'Enter a number' };
  }
  const parsed = schema.safeParse(Number(value));
  return parsed.success
    ? { value: parsed.data, error: undefined }
    : { value: null, error: parsed.error.issues[0]?.message };
}

const chip = cn(
  'inline-flex items-center gap-1.5 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-700 hover:border-accent hover:text-accent-ink',
  focusRing,
);

/** Sets where to deliver: this device's location, a saved address, a demo place or coordinates. */
export function LocationPicker({ onPicked }: { onPicked?: () => void }) {
  const router = useRouter();
  const { session } = useAuthSession();
  const { locate, locating, error } = useGeolocation('pick a place or enter coordinates instead');
  const [manual, setManual] = useState(false);

  function pick(location: DeliveryLocation) {
    onPicked?.();
    router.push(`/kitchens?${locationQuery(location)}`);
  }

  const fromDevice = () => locate(({ lat, lng }) => pick({ lat, lng, label: 'Current location' }));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <Button
          size="lg"
          loading={locating}
          icon={<CrosshairIcon aria-hidden="true" />}
          onClick={fromDevice}
        >
          Use my location
        </Button>
        <Button
          size="lg"
          variant="secondary"
          onClick={() => setManual((v) => !v)}
          aria-expanded={manual}
        >
          Enter coordinates
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {manual ? <ManualForm onPick={pick} /> : null}
      {session ? <SavedAddresses onPick={pick} /> : null}
      <div>
        <p className="mb-2 text-sm font-medium text-stone-600">Or try a neighbourhood</p>
        <ul className="flex flex-wrap gap-2">
          {PRESETS.map((place) => (
            <li key={place.label}>
              <button type="button" className={chip} onClick={() => pick(place)}>
                <MapPinIcon aria-hidden="true" className="text-accent" />
                {place.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function SavedAddresses({ onPick }: { onPick: (location: DeliveryLocation) => void }) {
  const trpc = useTRPC();
  const addresses = useQuery(trpc.users.addresses.list.queryOptions());
  if (addresses.isPending) return <Skeleton className="h-9 w-64" />;
  if (addresses.isError || addresses.data.length === 0) return null;
  return (
    <div>
      <p className="mb-2 text-sm font-medium text-stone-600">Your addresses</p>
      <ul className="flex flex-wrap gap-2">
        {addresses.data.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className={chip}
              onClick={() => onPick({ lat: a.lat, lng: a.lng, label: a.label ?? a.line1 })}
            >
              <MapPinIcon aria-hidden="true" className="text-accent" />
              {a.label ? `${a.label} · ` : ''}
              {a.line1}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ManualForm({ onPick }: { onPick: (location: DeliveryLocation) => void }) {
  const [values, setValues] = useState({ label: '', lat: '', lng: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      noValidate
      aria-label="Delivery coordinates"
      className="grid gap-3 rounded-2xl bg-white p-4 ring-1 ring-stone-200 sm:grid-cols-[1fr_9rem_9rem_auto] sm:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        const lat = coordinate(Latitude, values.lat);
        const lng = coordinate(Longitude, values.lng);
        if (lat.value === null || lng.value === null) {
          setErrors({
            ...(lat.error ? { lat: lat.error } : {}),
            ...(lng.error ? { lng: lng.error } : {}),
          });
          return;
        }
        onPick({
          lat: lat.value,
          lng: lng.value,
          label: values.label.trim().slice(0, 60) || 'Pinned location',
        });
      }}
    >
      <Field label="Address or name" error={errors.label}>
        <Input
          placeholder="e.g. 1 Broadway, Oakland"
          autoComplete="street-address"
          value={values.label}
          onChange={(e) => setValues({ ...values, label: e.target.value })}
        />
      </Field>
      <Field label="Latitude" error={errors.lat}>
        <Input
          inputMode="decimal"
          placeholder="37.8044"
          value={values.lat}
          onChange={(e) => setValues({ ...values, lat: e.target.value })}
        />
      </Field>
      <Field label="Longitude" error={errors.lng}>
        <Input
          inputMode="decimal"
          placeholder="-122.2712"
          value={values.lng}
          onChange={(e) => setValues({ ...values, lng: e.target.value })}
        />
      </Field>
      <Button type="submit" className="sm:mt-6.5">
        Find kitchens
      </Button>
    </form>
  );
}
