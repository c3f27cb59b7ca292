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

// The cart sheet is opened from the header and after adding or reordering: one switch for all.
let sheetOpen = false;
const sheetListeners = new Set<() => void>();
function setSheet(open: boolean) {
  sheetOpen = open;
  for (const listener of sheetListeners) listener();
}
function subscribeSheet(listener: () => void) {
  sheetListeners.add(listener);
  return () => sheetListeners.delete(listener);
}

export const openCart = () => setSheet(true);
export const closeCart = () => setSheet(false);

export function useCartOpen(): boolean {
  return useSyncExternalStore(
    subscribeSheet,
    () => sheetOpen,
    () => false,
  );
}
