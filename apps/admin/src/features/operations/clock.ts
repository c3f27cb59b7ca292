import { useSyncExternalStore } from 'react';

/** One clock for the page, ticking every second while something on screen reads it. */
let current = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    current = Date.now();
    timer = setInterval(() => {
      current = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * This browser's clock in ms, ticking every second. While the server renders and the browser
 * hydrates it reads `renderedAt` (the same on both sides), so the first render matches.
 */
export function useClock(renderedAt: number): number {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => renderedAt,
  );
}
