/**
 * Rows written in batches: `push` queues one, and the queue is written when it holds
 * `maxItems` or every `intervalMs`, whichever comes first; one write at a time. A failed
 * write keeps its rows for the next one (up to `maxQueued`, then the oldest are dropped:
 * what is buffered here is a trail, not money). `close` stops the timer and writes the rest.
 */
export interface BatchWriterOptions {
  maxItems?: number;
  intervalMs?: number;
  maxQueued?: number;
  onError?: (error: unknown, dropped: number) => void;
}

export class BatchWriter<T> {
  readonly #write: (items: T[]) => Promise<void>;
  readonly #maxItems: number;
  readonly #maxQueued: number;
  readonly #onError: (error: unknown, dropped: number) => void;
  readonly #timer: ReturnType<typeof setInterval>;
  #queue: T[] = [];
  #writing: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(
    write: (items: T[]) => Promise<void>,
    { maxItems = 500, intervalMs = 1000, maxQueued = 50_000, onError }: BatchWriterOptions = {},
  ) {
    this.#write = write;
    this.#maxItems = maxItems;
    this.#maxQueued = maxQueued;
    this.#onError = onError ?? (() => {});
    this.#timer = setInterval(() => void this.flush(), intervalMs);
    this.#timer.unref();
  }

  /** Rows waiting for the next write. */
  get pending(): number {
    return this.#queue.length;
  }

  push(item: T): void {
    if (this.#closed) throw new Error('batch writer is closed');
    this.#queue.push(item);
    if (this.#queue.length >= this.#maxItems) void this.flush();
  }

  /** Writes everything queued so far; resolves once it is written (or failed and requeued). */
  flush(): Promise<void> {
    this.#writing = this.#writing.then(() => this.#drain());
    return this.#writing;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#timer);
    await this.flush();
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.#maxItems);
      try {
        await this.#write(batch);
      } catch (error) {
        this.#queue.unshift(...batch);
        const dropped = Math.max(0, this.#queue.length - this.#maxQueued);
        this.#queue.splice(0, dropped);
        this.#onError(error, dropped);
        return;
      }
    }
  }
}
