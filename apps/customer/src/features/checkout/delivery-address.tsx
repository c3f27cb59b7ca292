'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { Badge, Field, Skeleton, Textarea } from '@homechef/ui';
import type { GeoPoint } from '@homechef/validators';
import type { ReactNode } from 'react';
import { choiceCardClasses } from '../choice-card.ts';
import { NEW_ADDRESS } from './draft.ts';
import {
  TypedAddressFields,
  type TypedAddress,
  type TypedAddressErrors,
} from './typed-address-fields.tsx';

type SavedAddress = RouterOutputs['users']['addresses']['list'][number];

/** Pick a saved address or type one; delivery notes for the driver. */
export function DeliveryAddressSection({
  saved,
  chosen,
  onChoose,
  typed,
  onTyped,
  typedErrors,
  instructions,
  onInstructions,
  problems,
  near,
}: {
  /** Undefined while loading; empty when the customer has none (or they failed to load). */
  saved: readonly SavedAddress[] | undefined;
  chosen: SavedAddress | typeof NEW_ADDRESS | null;
  onChoose: (id: string) => void;
  typed: TypedAddress;
  onTyped: (value: TypedAddress) => void;
  typedErrors: TypedAddressErrors;
  /** Null: the saved address's own notes. */
  instructions: string | null;
  onInstructions: (value: string) => void;
  /** The quote's problems about this address (out of the delivery area). */
  problems: ReactNode;
  /** Where the customer was browsing, for the address suggestions. */
  near?: GeoPoint | undefined;
}) {
  const notes =
    instructions ?? (chosen && chosen !== NEW_ADDRESS ? (chosen.instructions ?? '') : '');
  return (
    <div className="space-y-4">
      {saved === undefined ? (
        <Skeleton className="h-20 rounded-xl" aria-label="Loading your addresses" />
      ) : saved.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="sr-only">Delivery address</legend>
          {saved.map((address) => (
            <AddressOption
              key={address.id}
              checked={chosen !== NEW_ADDRESS && chosen?.id === address.id}
              onChange={() => onChoose(address.id)}
              title={
                <>
                  {address.label ?? address.line1}
                  {address.isDefault ? <Badge tone="accent">Default</Badge> : null}
                </>
              }
              detail={[address.label ? address.line1 : null, address.line2, address.city]
                .filter(Boolean)
                .join(', ')}
            />
          ))}
          <AddressOption
            checked={chosen === NEW_ADDRESS}
            onChange={() => onChoose(NEW_ADDRESS)}
            title="Another address"
            detail="Type it for this order"
          />
        </fieldset>
      ) : null}
      {chosen === NEW_ADDRESS ? (
        <TypedAddressFields value={typed} onChange={onTyped} errors={typedErrors} near={near} />
      ) : null}
      {problems}
      <Field
        label="Delivery notes"
        hint="For the driver: gate code, which door, where to leave it."
      >
        <Textarea
          rows={2}
          maxLength={500}
          value={notes}
          onChange={(e) => onInstructions(e.target.value)}
        />
      </Field>
    </div>
  );
}

function AddressOption({
  checked,
  onChange,
  title,
  detail,
}: {
  checked: boolean;
  onChange: () => void;
  title: ReactNode;
  detail: string;
}) {
  return (
    <label className={choiceCardClasses(checked)}>
      <input
        type="radio"
        name="delivery-address"
        className="mt-0.5 size-4 accent-current"
        checked={checked}
        onChange={onChange}
      />
      <span className="min-w-0">
        <span className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
          {title}
        </span>
        <span className="block text-stone-600">{detail}</span>
      </span>
    </label>
  );
}
