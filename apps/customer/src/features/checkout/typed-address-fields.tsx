'use client';

import { AddressLocation, AddressSearch, type AddressFields } from '@homechef/app-kit/react';
import { Field, Input } from '@homechef/ui';
import type { GeoPoint } from '@homechef/validators';
import type { DeliveryLocation } from '../discovery/location.ts';

/**
 * An address as the customer types it, and the map position drivers use. The position comes
 * from the address chosen among the suggestions, or from this device ("use my location"):
 * never typed as numbers. Typing the street again forgets it until an address is chosen.
 */
export interface TypedAddress {
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  position: DeliveryLocation | null;
}

export type TypedAddressErrors = Partial<Record<keyof TypedAddress, string>>;

export function TypedAddressFields({
  value,
  onChange,
  errors,
  near,
}: {
  value: TypedAddress;
  onChange: (value: TypedAddress) => void;
  errors: TypedAddressErrors;
  /** Where the customer was browsing: suggestions near it come first. */
  near?: GeoPoint | undefined;
}) {
  const set = (fields: Partial<TypedAddress>) => onChange({ ...value, ...fields });
  const text = (field: 'line2' | 'city' | 'postalCode') => ({
    value: value[field],
    onChange: (e: { target: { value: string } }) => set({ [field]: e.target.value }),
  });
  const pick = (fields: AddressFields) =>
    set({
      line1: fields.line1,
      city: fields.city,
      postalCode: fields.postalCode,
      position: { lat: Number(fields.lat), lng: Number(fields.lng), label: fields.line1 },
    });
  return (
    <div className="space-y-4">
      <AddressSearch
        value={value.line1}
        onType={(line1) => set({ line1, position: null })}
        onPick={pick}
        error={errors.line1}
        {...(near ? { near } : {})}
      />
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
      <AddressLocation
        lat={value.position ? String(value.position.lat) : ''}
        lng={value.position ? String(value.position.lng) : ''}
        error={errors.position}
        onFound={pick}
      />
    </div>
  );
}
