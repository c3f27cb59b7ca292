'use client';

import { useState } from 'react';

/**
 * The browser's position on request, with a sentence to show when it cannot be had.
 * `fallback` ends that sentence, e.g. "enter the coordinates instead".
 */
export function useGeolocation(fallback: string) {
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function locate(onFound: (coords: { lat: number; lng: number }) => void) {
    if (!('geolocation' in navigator)) {
      setError(`This browser can’t share its location: ${fallback}.`);
      return;
    }
    setLocating(true);
    setError(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onFound({ lat: position.coords.latitude, lng: position.coords.longitude });
      },
      (e) => {
        setLocating(false);
        setError(
          e.code === e.PERMISSION_DENIED
            ? `Location access was denied: ${fallback}.`
            : `We couldn’t find your location: ${fallback}.`,
        );
      },
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  }

  return { locate, locating, error };
}
