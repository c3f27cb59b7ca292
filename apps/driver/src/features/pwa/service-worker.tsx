'use client';

import { useEffect } from 'react';

/** Registers the offline-capable service worker (production only: it would fight HMR). */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .catch((error: unknown) => console.error('Service worker registration failed', error));
  }, []);
  return null;
}
