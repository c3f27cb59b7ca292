import type { EventBus } from './bus.ts';

/**
 * Turns a bus topic into an async iterable for tRPC subscriptions. The subscription is
 * live before the returned promise resolves, so a caller may then read a backlog from the
 * database without losing anything published in between (events buffer meanwhile).
 */
export async function subscribeIterable<T>(
  bus: EventBus,
  topic: string,
  signal: AbortSignal | undefined,
  { maxBuffer = 1000 }: { maxBuffer?: number } = {},
): Promise<AsyncIterableIterator<T> & { close(): Promise<void> }> {
  const buffer: T[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  let overflow = false;

  const unsubscribe = await bus.subscribe<T>(topic, (payload) => {
    if (done) return;
    if (buffer.length >= maxBuffer) {
      // A consumer this slow is better disconnected (it can resume from its last id)
      // than allowed to grow memory without bound.
      overflow = true;
    } else buffer.push(payload);
    wake?.();
  });

  const close = async () => {
    if (done) return;
    done = true;
    wake?.();
    await unsubscribe();
  };
  const onAbort = () => void close();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) await close();

  const iterator: AsyncIterableIterator<T> & { close(): Promise<void> } = {
    close,
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (overflow) {
          await close();
          throw new Error(`subscriber to ${topic} fell too far behind`);
        }
        const value = buffer.shift();
        if (value !== undefined) return { value, done: false };
        if (done) return { value: undefined, done: true };
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
    async return(): Promise<IteratorResult<T>> {
      signal?.removeEventListener('abort', onAbort);
      await close();
      return { value: undefined, done: true };
    },
  };
  return iterator;
}
