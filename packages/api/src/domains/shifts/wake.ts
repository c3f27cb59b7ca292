/** A flag that a bus handler sets and a stream awaits; abort also wakes the stream. */
export class WakeUp {
  #pending = false;
  #resolve: (() => void) | undefined;

  set = (): void => {
    this.#pending = true;
    this.#resolve?.();
  };

  /** Resolves at once if set since the last wait, else on the next set, abort or `ms`. */
  async wait(signal: AbortSignal | undefined, ms?: number): Promise<void> {
    if (this.#pending || signal?.aborted) {
      this.#pending = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.#resolve = undefined;
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      this.#resolve = done;
      signal?.addEventListener('abort', done, { once: true });
    });
    this.#pending = false;
  }
}

/** Waits `ms`, or less if the signal aborts. */
export function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
