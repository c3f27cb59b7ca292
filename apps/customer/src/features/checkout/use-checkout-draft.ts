'use client';

import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Cart } from '../cart/cart-store.ts';
import { CheckoutDraft, initialDraft } from './draft.ts';

const storageKey = (kitchenId: string) => `homechef.checkout-draft.${kitchenId}`;

function readDraft(cart: Cart): CheckoutDraft | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey(cart.kitchenId));
    const parsed = CheckoutDraft.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The checkout form, kept in sessionStorage for this tab: a reload, or coming back from the
 * payment page, finds it as it was. Mount it in the browser only (the cart is read there).
 */
export function useCheckoutDraft(
  cart: Cart,
): [CheckoutDraft, Dispatch<SetStateAction<CheckoutDraft>>] {
  const [draft, setDraft] = useState(() => readDraft(cart) ?? initialDraft());
  useEffect(() => {
    try {
      window.sessionStorage.setItem(storageKey(cart.kitchenId), JSON.stringify(draft));
    } catch {
      // Storage blocked: the form still works, it just won't survive a reload.
    }
  }, [cart.kitchenId, draft]);
  return [draft, setDraft];
}

/** `value` once it has stopped changing for `ms` (compared by content). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
    // `key` stands for `value`: a new object with the same content is not a change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return settled;
}
