export type BusKind = 'memory' | 'redis';
export type Handler<T> = (payload: T) => void;
export type Unsubscribe = () => Promise<void>;

/**
 * Fan-out of events between API server instances. Delivery is at-most-once and only to
 * subscribers connected at the time of publishing: anything that must survive a restart
 * or a reconnect is read back from the database outbox, not from the bus.
 */
export interface EventBus {
  readonly kind: BusKind;
  publish<T>(topic: string, payload: T): Promise<void>;
  /** Resolves once the subscription is live, so nothing published afterwards is missed. */
  subscribe<T>(topic: string, handler: Handler<T>): Promise<Unsubscribe>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Keeps handlers per topic; shared by both implementations. */
export class TopicRegistry {
  readonly #handlers = new Map<string, Set<Handler<unknown>>>();

  /** Returns true when this is the topic's first handler. */
  add(topic: string, handler: Handler<unknown>): boolean {
    let set = this.#handlers.get(topic);
    const first = !set;
    if (!set) this.#handlers.set(topic, (set = new Set()));
    set.add(handler);
    return first;
  }

  /** Returns true when the topic has no handlers left. */
  remove(topic: string, handler: Handler<unknown>): boolean {
    const set = this.#handlers.get(topic);
    if (!set?.delete(handler)) return false;
    if (set.size > 0) return false;
    this.#handlers.delete(topic);
    return true;
  }

  dispatch(topic: string, payload: unknown): void {
    for (const handler of [...(this.#handlers.get(topic) ?? [])]) {
      try {
        handler(payload);
      } catch (error) {
        // One broken subscriber must not starve the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  topics(): string[] {
    return [...this.#handlers.keys()];
  }

  clear(): void {
    this.#handlers.clear();
  }
}
