import { Redis } from 'ioredis';
import superjson from 'superjson';
import { TopicRegistry, type EventBus, type Handler, type Unsubscribe } from './bus.ts';

export interface RedisBusOptions {
  /** Prefix for channel names, so several deployments can share one Redis. */
  prefix?: string;
  connectTimeoutMs?: number;
  /** Connection errors after start-up (ioredis reconnects by itself meanwhile). */
  onError?: (error: Error) => void;
}

/** Redis pub/sub: one connection publishes, one subscribes on behalf of every handler. */
export class RedisBus implements EventBus {
  readonly kind = 'redis' as const;
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #prefix: string;
  readonly #registry = new TopicRegistry();

  private constructor(pub: Redis, sub: Redis, prefix: string) {
    this.#pub = pub;
    this.#sub = sub;
    this.#prefix = prefix;
    sub.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(prefix)) return;
      this.#registry.dispatch(channel.slice(prefix.length), superjson.parse(message));
    });
  }

  /** Connects both connections; rejects with a clear error when Redis is unreachable. */
  static async connect(url: string, options: RedisBusOptions = {}): Promise<RedisBus> {
    let firstError: Error | undefined;
    const connect = () => {
      const client = new Redis(url, {
        lazyConnect: true,
        connectTimeout: options.connectTimeoutMs ?? 3000,
        maxRetriesPerRequest: 3,
        // Keep reconnecting while running; the first connect is checked below.
        retryStrategy: (times) => Math.min(times * 200, 2000),
      });
      client.on('error', (error: Error) => {
        firstError ??= error;
        options.onError?.(error);
      });
      return client;
    };
    const pub = connect();
    const sub = connect();
    try {
      await Promise.all([pub.connect(), sub.connect()]);
    } catch (error) {
      pub.disconnect();
      sub.disconnect();
      // ioredis rejects with "Connection is closed"; the socket error says why.
      const why = (firstError ?? (error as Error)).message;
      throw new Error(`cannot connect to Redis: ${why}`, { cause: error });
    }
    return new RedisBus(pub, sub, options.prefix ?? 'homechef:');
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    await this.#pub.publish(this.#prefix + topic, superjson.stringify(payload));
  }

  async subscribe<T>(topic: string, handler: Handler<T>): Promise<Unsubscribe> {
    const h = handler as Handler<unknown>;
    if (this.#registry.add(topic, h)) await this.#sub.subscribe(this.#prefix + topic);
    return async () => {
      if (this.#registry.remove(topic, h)) await this.#sub.unsubscribe(this.#prefix + topic);
    };
  }

  async ping(): Promise<void> {
    await this.#pub.ping();
  }

  async close(): Promise<void> {
    this.#registry.clear();
    await Promise.allSettled([this.#pub.quit(), this.#sub.quit()]);
  }
}
