'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { cartStore, STORAGE_KEY, type Cart } from './cart-store.ts';

// The server has no cart: pages render empty there and fill in once the browser has read it.
const serverSnapshot = () => null;

/** The cart, kept in step with localStorage and with the other tabs. */
export function useCart(): Cart | null {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === STORAGE_KEY) cartStore.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return useSyncExternalStore(cartStore.subscribe, cartStore.get, serverSnapshot);
}

/** Whether the browser has read the cart yet (false during the server render and hydration). */
export function useCartReady(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

function noop() {
  return () => {};
}
