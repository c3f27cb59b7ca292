'use client';

import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/** False on the server and while hydrating; true once the page runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
