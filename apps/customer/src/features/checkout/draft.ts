/**
 * What the checkout form holds, kept in sessionStorage per kitchen so that a reload, the trip
 * to sign-in or back from the payment page keeps what was typed; and the API input it makes.
 */
import type { RouterInputs, RouterOutputs } from '@homechef/app-kit';
import {
  formErrors,
  PostalAddress,
  type DeliveryAddress,
  type QuoteInput,
} from '@homechef/validators';
import { z } from 'zod';
import type { Cart } from '../cart/cart-store.ts';
import type { TypedAddress, TypedAddressErrors } from './typed-address-fields.tsx';
import { tipCents } from './tip.ts';

type SavedAddress = RouterOutputs['users']['addresses']['list'][number];

const Position = z.object({ lat: z.number(), lng: z.number(), label: z.string() });

export const CheckoutDraft = z.object({
  /** A saved address's id, `new` for the typed one, null until the customer picks (default). */
  address: z.string().nullable(),
  typed: z.object({
    line1: z.string(),
    line2: z.string(),
    city: z.string(),
    postalCode: z.string(),
    position: Position.nullable(),
  }),
  /** Null: the saved address's own instructions. */
  instructions: z.string().nullable(),
  tip: z.union([
    z.object({ kind: z.literal('percent'), percent: z.number() }),
    z.object({ kind: z.literal('custom'), amount: z.string() }),
  ]),
  /** Null: as soon as possible; else the chosen slot (ISO). */
  scheduledFor: z.string().nullable(),
});
export type CheckoutDraft = z.infer<typeof CheckoutDraft>;

export function initialDraft(): CheckoutDraft {
  return {
    address: null,
    typed: { line1: '', line2: '', city: '', postalCode: '', position: null },
    instructions: null,
    tip: { kind: 'percent', percent: 15 },
    scheduledFor: null,
  };
}

export const NEW_ADDRESS = 'new';

/** The address in use: the one picked, else the default saved one, else a typed one. */
export function chosenAddress(
  draft: CheckoutDraft,
  saved: readonly SavedAddress[] | undefined,
): SavedAddress | typeof NEW_ADDRESS | null {
  if (draft.address === NEW_ADDRESS) return NEW_ADDRESS;
  if (saved === undefined) return null;
  const picked = draft.address ? saved.find((a) => a.id === draft.address) : undefined;
  return picked ?? saved.find((a) => a.isDefault) ?? saved[0] ?? NEW_ADDRESS;
}

export type AddressResult =
  { address: DeliveryAddress; errors: null } | { address: null; errors: TypedAddressErrors };

/**
 * The `deliveryAddress` of the quote. A saved address goes by id, unless the customer wrote
 * other delivery notes for this order: then its copy goes with those notes.
 */
export function deliveryAddressInput(
  draft: CheckoutDraft,
  chosen: SavedAddress | typeof NEW_ADDRESS,
): AddressResult {
  if (chosen !== NEW_ADDRESS) {
    const notes = draft.instructions;
    if (notes === null || notes.trim() === (chosen.instructions ?? '')) {
      return { address: { addressId: chosen.id }, errors: null };
    }
    const { id: _id, label: _label, isDefault: _default, ...fields } = chosen;
    return { address: { ...fields, instructions: notes.trim() || null }, errors: null };
  }
  const typed: TypedAddress = draft.typed;
  const candidate = {
    line1: typed.line1,
    line2: typed.line2.trim() || null,
    city: typed.city,
    postalCode: typed.postalCode,
    country: 'US',
    lat: typed.position?.lat ?? Number.NaN,
    lng: typed.position?.lng ?? Number.NaN,
    instructions: draft.instructions?.trim() || null,
  };
  const parsed = PostalAddress.safeParse(candidate);
  if (parsed.success) return { address: candidate, errors: null };
  const errors: TypedAddressErrors = {};
  for (const [field, message] of Object.entries(formErrors(parsed.error))) {
    if (field === 'lat' || field === 'lng') {
      errors.position = 'Choose your address from the suggestions, or use your location';
    } else if (
      field === 'line1' ||
      field === 'line2' ||
      field === 'city' ||
      field === 'postalCode'
    ) {
      errors[field] ??= message;
    }
  }
  if (Object.keys(errors).length === 0) errors.line1 = 'Check this address';
  return { address: null, errors };
}

export type QuoteRequest = RouterInputs['orders']['quote'];

/** The quote input for the cart and the form, or null while the form is not complete. */
export function quoteRequest(
  cart: Cart,
  draft: CheckoutDraft,
  address: DeliveryAddress | null,
  foodCents: number,
): QuoteRequest | null {
  const tip = tipCents(draft.tip, foodCents);
  if (!address || tip.cents === null) return null;
  const request: QuoteInput = {
    chefId: cart.kitchenId,
    items: cart.items.map((item) => ({
      menuItemId: item.menuItemId,
      quantity: item.quantity,
      optionIds: item.options.map((o) => o.id),
      notes: item.notes,
    })),
    deliveryAddress: address,
    tipCents: tip.cents,
    scheduledFor: draft.scheduledFor ? new Date(draft.scheduledFor) : null,
  };
  return request;
}
