import { isNull } from 'drizzle-orm';
import { outbox } from '@homechef/db';
import { createTestDatabase, type TestDatabase } from '@homechef/db/testing';
import type { EventBus } from '@homechef/realtime';
import { createTestBus } from '@homechef/realtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxRelay, writeOutbox } from './outbox.ts';

let database: TestDatabase;
let bus: EventBus;
beforeAll(async () => {
  database = await createTestDatabase();
  bus = await createTestBus();
});
afterAll(async () => {
  await bus.close();
  await database.close();
});

function collect(topic: string) {
  const received: Record<string, unknown>[] = [];
  const ready = bus.subscribe<Record<string, unknown>>(topic, (p) => received.push(p));
  return { received, ready };
}

async function until(check: () => boolean, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('outbox relay', () => {
  it('publishes a committed event after its writer died before publishing', async () => {
    const topic = `test:${Math.random()}`;
    const { received, ready } = collect(topic);
    const unsubscribe = await ready;
    // The writer commits and "dies": no relay runs in it.
    await database.db.transaction((tx) => writeOutbox(tx, [{ topic, payload: { n: 1 } }]));
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toEqual([]);

    // Another process (or the restarted one) relays what is waiting.
    const relay = startOutboxRelay({ db: database.db, bus, intervalMs: 50 });
    await until(() => received.length === 1);
    expect(received[0]).toMatchObject({ n: 1, eventId: expect.any(Number) as number });
    const left = await database.db.select().from(outbox).where(isNull(outbox.publishedAt));
    expect(left).toEqual([]);
    await relay.stop();
    await unsubscribe();
  });

  it('never publishes the event of a change that rolled back', async () => {
    const topic = `test:${Math.random()}`;
    const { received, ready } = collect(topic);
    const unsubscribe = await ready;
    const relay = startOutboxRelay({ db: database.db, bus, intervalMs: 50 });
    await expect(
      database.db.transaction(async (tx) => {
        await writeOutbox(tx, [{ topic, payload: { n: 'rolled back' } }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await database.db.transaction((tx) => writeOutbox(tx, [{ topic, payload: { n: 2 } }]));
    relay.kick();
    await until(() => received.length === 1);
    await relay.drain();
    expect(received.map((r) => r.n)).toEqual([2]);
    await relay.stop();
    await unsubscribe();
  });

  it('two relays on one database publish each event once', async () => {
    const topic = `test:${Math.random()}`;
    const { received, ready } = collect(topic);
    const unsubscribe = await ready;
    await database.db.transaction((tx) =>
      writeOutbox(
        tx,
        Array.from({ length: 300 }, (_, n) => ({ topic, payload: { n } })),
      ),
    );
    const relays = [
      startOutboxRelay({ db: database.db, bus, intervalMs: 20, batchSize: 25 }),
      startOutboxRelay({ db: database.db, bus, intervalMs: 20, batchSize: 25 }),
    ];
    await until(() => received.length >= 300);
    await Promise.all(relays.map((r) => r.drain()));
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(300);
    expect(new Set(received.map((r) => r.n)).size).toBe(300);
    await Promise.all(relays.map((r) => r.stop()));
    await unsubscribe();
  });
});
