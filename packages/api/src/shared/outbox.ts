/**
 * The transactional outbox: a change writes its events into `outbox` in its own transaction,
 * and the relay publishes committed rows to the bus and marks them sent. An event is never
 * lost when the process dies between commit and publish (the row waits for the next relay
 * run, here or on another instance) and never published for a change that rolled back (the
 * row rolled back with it). Delivery is at least once: subscribers resume by event id.
 */
import { and, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { outbox, type Database } from '@homechef/db';
import type { EventBus } from '@homechef/realtime';

export interface OutboxEvent {
  topic: string;
  payload: Record<string, unknown>;
}

/** Adds events to the outbox; call inside the transaction of the change they announce. */
export async function writeOutbox(tx: Database, events: readonly OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outbox).values(events.map((e) => ({ topic: e.topic, payload: e.payload })));
}

/** What domain code needs of the relay: a nudge after a commit, so events go out at once. */
export interface OutboxSignal {
  kick(): void;
}

export interface OutboxRelay extends OutboxSignal {
  /** Publishes everything committed so far (tests, shutdown). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export interface RelayOptions {
  db: Database;
  bus: EventBus;
  /** Polling for rows committed by other processes or left by a crash. */
  intervalMs?: number;
  batchSize?: number;
  /** Published rows older than this are deleted. */
  retainMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Several instances may relay one database: `skip locked` gives each row to one of them at a
 * time. The payload goes out with `eventId` (the outbox row's id).
 */
export function startOutboxRelay({
  db,
  bus,
  intervalMs = 500,
  batchSize = 200,
  retainMs = 24 * 3600_000,
  onError = () => {},
}: RelayOptions): OutboxRelay {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastPrune = 0;

  async function publishBatch(): Promise<number> {
    return db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(outbox)
        .where(isNull(outbox.publishedAt))
        .orderBy(outbox.id)
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      for (const row of rows) {
        await bus.publish(row.topic, { ...(row.payload as object), eventId: row.id });
      }
      await tx
        .update(outbox)
        .set({ publishedAt: sql`now()` })
        .where(
          inArray(
            outbox.id,
            rows.map((r) => r.id),
          ),
        );
      return rows.length;
    });
  }

  async function prune(): Promise<void> {
    if (Date.now() - lastPrune < 600_000) return;
    lastPrune = Date.now();
    await db
      .delete(outbox)
      .where(
        and(isNotNull(outbox.publishedAt), lt(outbox.publishedAt, new Date(Date.now() - retainMs))),
      );
  }

  async function loop(): Promise<void> {
    do {
      again = false;
      try {
        while ((await publishBatch()) === batchSize) {
          // A full batch: more are waiting.
        }
        await prune();
      } catch (error) {
        onError(error);
      }
    } while (again && !stopped);
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = loop().finally(() => {
      running = null;
    });
  }

  async function settled(): Promise<void> {
    for (let current = running; current; current = running) await current;
  }

  const timer = setInterval(kick, intervalMs);
  timer.unref();
  kick();

  return {
    kick,
    async drain() {
      // A run in progress may have read the table before the caller's last commit: wait for
      // it, then run once more.
      await settled();
      kick();
      await settled();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await settled();
    },
  };
}
