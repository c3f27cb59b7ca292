'use client';

import type { RouterOutputs } from '@homechef/api';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dialog,
  EmptyState,
  ErrorState,
  Field,
  Input,
  MapPinIcon,
  PlusIcon,
  SkeletonStack,
  Textarea,
  TrashIcon,
  useToast,
} from '@homechef/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeApiError } from '../../api/errors.ts';
import { useTRPC } from '../../api/react.tsx';
import { AddressLocation, AddressSearch } from '../address/address-search.tsx';
import { addressInput, emptyAddress, validateAddress, type AddressDraft } from './drafts.ts';
import { useFormErrors } from './use-form-errors.ts';

type Address = RouterOutputs['users']['addresses']['list'][number];

/** The customer's saved delivery addresses: add, remove, choose the default. */
export function AddressBook() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const addresses = useQuery(trpc.users.addresses.list.queryOptions());
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Address | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.users.addresses.list.queryKey() });

  const remove = useMutation(
    trpc.users.addresses.remove.mutationOptions({
      onSuccess: async () => {
        setRemoving(null);
        toast({ tone: 'success', message: 'Address removed.' });
        await refresh();
      },
    }),
  );

  const makeDefault = useMutation(
    trpc.users.addresses.setDefault.mutationOptions({
      onSuccess: () => toast({ tone: 'success', message: 'Default address changed.' }),
      onError: (error) => toast({ tone: 'error', message: describeApiError(error).message }),
      onSettled: refresh,
    }),
  );

  const action = (
    <Button
      size="sm"
      icon={<PlusIcon aria-hidden="true" />}
      onClick={() => setAdding(true)}
      disabled={!addresses.isSuccess}
    >
      Add address
    </Button>
  );

  return (
    <Card
      title="Delivery addresses"
      description="Where your orders can go. The default is chosen first at checkout."
      action={action}
    >
      {addresses.isPending ? (
        <SkeletonStack
          label="Loading addresses"
          blocks={['h-16 rounded-xl', 'h-16 rounded-xl']}
          className="space-y-3"
        />
      ) : addresses.isError ? (
        <ErrorState
          title="We couldn’t load your addresses"
          message={describeApiError(addresses.error).message}
          onRetry={() => void addresses.refetch()}
          retrying={addresses.isFetching}
        />
      ) : addresses.data.length === 0 ? (
        <EmptyState
          className="py-6"
          icon={<MapPinIcon />}
          title="No saved addresses"
          description="Save your home or office to order in fewer taps."
        />
      ) : (
        <ul aria-label="Saved addresses" className="divide-y divide-stone-100">
          {addresses.data.map((address) => (
            <li
              key={address.id}
              data-testid="address-row"
              className="flex flex-col gap-3 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between"
            >
              <div className="min-w-0 text-sm">
                <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
                  {address.label ?? address.line1}
                  {address.isDefault ? <Badge tone="accent">Default</Badge> : null}
                </p>
                <p className="text-stone-600">
                  {[address.label ? address.line1 : null, address.line2, address.city]
                    .filter(Boolean)
                    .join(', ')}{' '}
                  {address.postalCode} · {address.country}
                </p>
                {address.instructions ? (
                  <p className="mt-1 text-stone-500">“{address.instructions}”</p>
                ) : null}
              </div>
              <div className="flex shrink-0 gap-2">
                {address.isDefault ? null : (
                  <Button
                    variant="secondary"
                    size="sm"
                    loading={makeDefault.isPending && makeDefault.variables.id === address.id}
                    disabled={makeDefault.isPending}
                    onClick={() => makeDefault.mutate({ id: address.id })}
                  >
                    Make default
                  </Button>
                )}
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<TrashIcon aria-hidden="true" />}
                  onClick={() => {
                    remove.reset();
                    setRemoving(address);
                  }}
                >
                  Remove<span className="sr-only"> {address.label ?? address.line1}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <Dialog
        open={adding}
        onClose={() => setAdding(false)}
        variant="sheet"
        title="Add a delivery address"
        description="Type your street address and choose it from the list: drivers use its place on the map to find your door."
      >
        {adding ? (
          <AddressForm
            first={addresses.data?.length === 0}
            onSaved={async () => {
              setAdding(false);
              toast({ tone: 'success', message: 'Address saved.' });
              await refresh();
            }}
          />
        ) : null}
      </Dialog>

      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this address?"
        description={removing ? `${removing.label ?? removing.line1}, ${removing.city}` : undefined}
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setRemoving(null)}>
              Keep it
            </Button>
            <Button
              variant="danger"
              loading={remove.isPending}
              onClick={() => removing && remove.mutate({ id: removing.id })}
            >
              Remove address
            </Button>
          </div>
        }
      >
        {remove.isError ? (
          <Alert tone="error">{describeApiError(remove.error).message}</Alert>
        ) : (
          <p className="text-sm text-stone-600">Orders already placed keep their address.</p>
        )}
      </Dialog>
    </Card>
  );
}

function AddressForm({ first, onSaved }: { first: boolean; onSaved: () => Promise<void> }) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState<AddressDraft>(emptyAddress);
  const form = useFormErrors();
  const add = useMutation(
    trpc.users.addresses.add.mutationOptions({
      onSuccess: onSaved,
      onError: (error) => form.fromApi(error),
    }),
  );
  const set = (values: Partial<AddressDraft>) => setDraft((d) => ({ ...d, ...values }));
  const text = (field: keyof Omit<AddressDraft, 'isDefault'>) => ({
    name: field,
    value: draft[field],
    onChange: (e: { target: { value: string } }) => set({ [field]: e.target.value }),
  });

  return (
    <form
      noValidate
      aria-label="Add a delivery address"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (form.check(validateAddress(draft))) add.mutate(addressInput(draft));
      }}
    >
      {form.message ? <Alert tone="error">{form.message}</Alert> : null}
      <Field label="Label" hint="For example Home or Office" error={form.errors.label}>
        <Input {...text('label')} />
      </Field>
      <AddressSearch
        value={draft.line1}
        onType={(line1) => set({ line1, lat: '', lng: '' })}
        onPick={set}
        error={form.errors.line1}
      />
      <Field label="Apartment, suite, floor" error={form.errors.line2}>
        <Input autoComplete="address-line2" {...text('line2')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="City" required error={form.errors.city}>
          <Input autoComplete="address-level2" {...text('city')} />
        </Field>
        <Field label="Postal code" required error={form.errors.postalCode}>
          <Input autoComplete="postal-code" {...text('postalCode')} />
        </Field>
        <Field label="Country" hint="Two letters" required error={form.errors.country}>
          <Input autoComplete="country" maxLength={2} {...text('country')} />
        </Field>
      </div>
      <AddressLocation
        lat={draft.lat}
        lng={draft.lng}
        error={form.errors.lat ?? form.errors.lng}
        onFound={set}
      />
      <Field label="Instructions for the driver" error={form.errors.instructions}>
        <Textarea rows={2} {...text('instructions')} />
      </Field>
      {first ? (
        <p className="text-sm text-stone-600">Your first address becomes your default.</p>
      ) : (
        <label className="flex items-center gap-2 text-sm text-stone-800">
          <input
            type="checkbox"
            className="size-4 accent-current"
            checked={draft.isDefault}
            onChange={(e) => set({ isDefault: e.target.checked })}
          />
          Make this my default address
        </label>
      )}
      <div className="flex justify-end">
        <Button type="submit" loading={add.isPending}>
          Save address
        </Button>
      </div>
    </form>
  );
}
