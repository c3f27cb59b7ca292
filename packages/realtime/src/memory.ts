import superjson from 'superjson';
import { TopicRegistry, type EventBus, type Handler, type Unsubscribe } from './bus.ts';

/**
 * In-process bus for the embedded default (one server instance). Payloads go through the
 * same serialisation as the Redis bus so both behave identically for subscribers.
 */
export class MemoryBus implements EventBus {
  readonly kind = 'memory' as const;
  readonly #registry = new TopicRegistry();
  #closed = false;

  publish<T>(topic: string, payload: T): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('bus is closed'));
    const wire = superjson.stringify(payload);
    // Deliver asynchronously, as a network bus would.
    setImmediate(() => this.#registry.dispatch(topic, superjson.parse(wire)));
    return Promise.resolve();
  }

  subscribe<T>(topic: string, handler: Handler<T>): Promise<Unsubscribe> {
    if (this.#closed) return Promise.reject(new Error('bus is closed'));
    const h = handler as Handler<unknown>;
    this.#registry.add(topic, h);
    return Promise.resolve(() => {
      this.#registry.remove(topic, h);
      return Promise.resolve();
    });
  }

  ping(): Promise<void> {
    return this.#closed ? Promise.reject(new Error('bus is closed')) : Promise.resolve();
  }

  close(): Promise<void> {
    this.#closed = true;
    this.#registry.clear();
    return Promise.resolve();
  }
}
