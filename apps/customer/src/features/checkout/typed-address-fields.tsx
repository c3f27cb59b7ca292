'use client';

import {
  Button,
  CrosshairIcon,
  Field,
  Input,
  MapPinIcon,
  Select,
  useGeolocation,
} from '@homechef/ui';
import { PRESETS, type DeliveryLocation } from '../discovery/location.ts';

/**
 * An address as the customer types it, and the map position drivers use. The position comes
 * from where they were browsing, this device, or a neighbourhood: never typed as numbers.
 * This component is the one place that changes when typed addresses get autocomplete: an
 * autocomplete fills the same value, position included.
 */
export interface TypedAddress {
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  position: DeliveryLocation | null;
}

export const emptyTypedAddress = (position: DeliveryLocation | null): TypedAddress => ({
  line1: '',
  line2: '',
  city: '',
  postalCode: '',
  position,
});

export type TypedAddressErrors = Partial<Record<keyof TypedAddress, string>>;

export function TypedAddressFields({
  value,
  onChange,
  errors,
}: {
  value: TypedAddress;
  onChange: (value: TypedAddress) => void;
  errors: TypedAddressErrors;
}) {
  const set = (fields: Partial<TypedAddress>) => onChange({ ...value, ...fields });
  const text = (field: 'line1' | 'line2' | 'city' | 'postalCode') => ({
    value: value[field],
    onChange: (e: { target: { value: string } }) => set({ [field]: e.target.value }),
  });
  return (
    <div className="space-y-4">
      <Field label="Street address" required error={errors.line1}>
        <Input autoComplete="shipping address-line1" {...text('line1')} />
      </Field>
      <Field label="Apartment, suite, floor" error={errors.line2}>
        <Input autoComplete="shipping address-line2" {...text('line2')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="City" required error={errors.city}>
          <Input autoComplete="shipping address-level2" {...text('city')} />
        </Field>
        <Field label="Postal code" required error={errors.postalCode}>
          <Input autoComplete="shipping postal-code" {...text('postalCode')} />
        </Field>
      </div>
      <MapPosition
        value={value.position}
        onChange={(position) => set({ position })}
        error={errors.position}
      />
    </div>
  );
}

function MapPosition({
  value,
  onChange,
  error,
}: {
  value: DeliveryLocation | null;
  onChange: (position: DeliveryLocation) => void;
  error: string | undefined;
}) {
  const { locate, locating, error: locateError } = useGeolocation('pick your neighbourhood');
  return (
    <fieldset className="space-y-2 rounded-xl bg-stone-50 p-3.5 ring-1 ring-stone-200">
      <legend className="sr-only">Map position</legend>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex items-center gap-1.5 text-sm text-stone-700" data-testid="map-position">
          <MapPinIcon aria-hidden="true" className="text-accent" />
          {value ? (
            <span>
              Map position: <span className="font-medium">{value.label}</span>
            </span>
          ) : (
            <span>Where on the map is this?</span>
          )}
        </p>
        <Button
          variant="secondary"
          size="sm"
          loading={locating}
          icon={<CrosshairIcon aria-hidden="true" />}
          onClick={() => locate(({ lat, lng }) => onChange({ lat, lng, label: 'This device' }))}
        >
          Use my location
        </Button>
      </div>
      <Field label="Or the neighbourhood" hint="Drivers start from here and find your door.">
        <Select
          value={PRESETS.find((p) => p.label === value?.label)?.label ?? ''}
          onChange={(e) => {
            const preset = PRESETS.find((p) => p.label === e.target.value);
            if (preset) onChange(preset);
          }}
        >
          <option value="" disabled>
            Choose a neighbourhood
          </option>
          {PRESETS.map((p) => (
            <option key={p.label} value={p.label}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      {(locateError ?? error) ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {locateError ?? error}
        </p>
      ) : null}
    </fieldset>
  );
}
