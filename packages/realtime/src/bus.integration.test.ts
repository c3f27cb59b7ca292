import { afterEach, describe, expect, it } from 'vitest';
import type { EventBus } from './bus.ts';
import { subscribeIterable } from './iterate.ts';
import { MemoryBus } from './memory.ts';
import { RedisBus } from './redis.ts';
import { createTestBus, TEST_REDIS_URL, testServices } from './testing.ts';

/** Waits until `predicate` holds, polling; fails the test after `ms`. */
async function until(predicate: () => boolean, ms = 2000) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const implementations: [string, () => Promise<EventBus>][] = [
  ['memory', () => Promise.resolve(new MemoryBus())],
  [testServices() === 'real' ? 'redis' : 'redis (fallback: memory)', createTestBus],
];

describe.each(implementations)('EventBus contract: %s', (_name, make) => {
  const open: EventBus[] = [];
  const bus = async () => {
    const b = await make();
    open.push(b);
    return b;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  it('delivers a published payload to every subscriber of the topic, with dates intact', async () => {
    const b = await bus();
    const a: unknown[] = [];
    const c: unknown[] = [];
    await b.subscribe('t1', (p) => a.push(p));
    await b.subscribe('t1', (p) => c.push(p));
    const at = new Date('2026-01-02T03:04:05Z');
    await b.publish('t1', { n: 1, at });
    await until(() => a.length === 1 && c.length === 1);
    expect(a[0]).toEqual({ n: 1, at });
    expect((a[0] as { at: Date }).at).toBeInstanceOf(Date);
    expect(c[0]).toEqual({ n: 1, at });
  });

  it('keeps topics apart', async () => {
    const b = await bus();
    const got: unknown[] = [];
    await b.subscribe('t-a', (p) => got.push(['a', p]));
    await b.subscribe('t-b', (p) => got.push(['b', p]));
    await b.publish('t-b', 2);
    await b.publish('t-a', 1);
    await until(() => got.length === 2);
    expect(got).toContainEqual(['a', 1]);
    expect(got).toContainEqual(['b', 2]);
  });

  it('preserves publish order for one publisher', async () => {
    const b = await bus();
    const got: number[] = [];
    await b.subscribe<number>('ordered', (n) => got.push(n));
    for (let i = 0; i < 200; i++) await b.publish('ordered', i);
    await until(() => got.length === 200);
    expect(got).toEqual([...Array(200).keys()]);
  });

  it('stops delivering after unsubscribe, and other handlers keep theirs', async () => {
    const b = await bus();
    const first: unknown[] = [];
    const second: unknown[] = [];
    const off = await b.subscribe('u', (p) => first.push(p));
    await b.subscribe('u', (p) => second.push(p));
    await b.publish('u', 1);
    await until(() => first.length === 1 && second.length === 1);
    await off();
    await b.publish('u', 2);
    await until(() => second.length === 2);
    expect(first).toEqual([1]);
  });

  it('a throwing handler does not stop delivery to the others', async () => {
    const b = await bus();
    const got: unknown[] = [];
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      await b.subscribe('boom', () => {
        throw new Error('handler bug');
      });
      await b.subscribe('boom', (p) => got.push(p));
      await b.publish('boom', 'x');
      await until(() => got.length === 1 && errors.length === 1);
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(got).toEqual(['x']);
  });

  it('subscribeIterable yields events in order and ends when the signal aborts', async () => {
    const b = await bus();
    const controller = new AbortController();
    const events = await subscribeIterable<number>(b, 'iter', controller.signal);
    await b.publish('iter', 1);
    await b.publish('iter', 2);
    const got: number[] = [];
    for await (const n of events) {
      got.push(n);
      if (got.length === 2) controller.abort();
    }
    expect(got).toEqual([1, 2]);
  });

  it('ping answers while open and fails once closed', async () => {
    const b = await make();
    await expect(b.ping()).resolves.toBeUndefined();
    await b.close();
    await expect(b.ping()).rejects.toThrow();
  });
});

describe.runIf(testServices() === 'real')('RedisBus across instances', () => {
  it('carries events between two separate connections, as between two servers', async () => {
    const prefix = `test:x:${Math.random()}:`;
    const a = await RedisBus.connect(TEST_REDIS_URL, { prefix });
    const b = await RedisBus.connect(TEST_REDIS_URL, { prefix });
    try {
      const got: unknown[] = [];
      await b.subscribe('cross', (p) => got.push(p));
      await a.publish('cross', { from: 'a' });
      await until(() => got.length === 1);
      expect(got).toEqual([{ from: 'a' }]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('rejects with a clear error when Redis is unreachable', async () => {
    await expect(
      RedisBus.connect('redis://127.0.0.1:1', { connectTimeoutMs: 500 }),
    ).rejects.toThrow(/cannot connect to Redis/);
  });
});
