/**
 * Live order streams. Each subscribes to the bus before it reads the history, and treats a
 * bus message only as a wake-up: what it sends comes from `order_status_history` after the
 * last id it sent. So a client resuming with `lastEventId` gets exactly the events it missed,
 * none twice, and a message the bus dropped is filled in by the next one.
 */
import { tracked } from '@trpc/server';
import { and, asc, eq, gt, max, ne } from 'drizzle-orm';
import { orders, orderStatusHistory, type Database } from '@homechef/db';
import { subscribeIterable } from '@homechef/realtime';
import type { OrderStatusEventOutput, OrderSummaryOutput } from '@homechef/validators';
import type { Actor, Services } from '../../context.ts';
import type { OwnKitchen } from '../chefs/index.ts';
import { loadOrderFor, orderSummary, toStatusEvent } from './queries.ts';
import { kitchenTopic, orderTopic, type OrderChangedEvent } from './transition.ts';

/** At most this many events are read per wake-up; the rest follow on the next loop. */
const BATCH = 200;

async function* wakeUps(
  services: Pick<Services, 'bus'>,
  topic: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<number | null> {
  const live = await subscribeIterable<OrderChangedEvent>(services.bus, topic, signal);
  try {
    // First pass reads what happened before the subscription went live.
    yield null;
    for await (const event of live) yield event.historyId;
  } finally {
    await live.close();
  }
}

export async function* orderStatusStream(
  services: Pick<Services, 'db' | 'bus'>,
  actor: Actor,
  input: { orderId: string; lastEventId?: string | null | undefined },
  signal: AbortSignal | undefined,
) {
  const { db } = services;
  await loadOrderFor(db, actor, input.orderId);
  let last = input.lastEventId ? Number(input.lastEventId) : 0;
  for await (const hint of wakeUps(services, orderTopic(input.orderId), signal)) {
    if (hint !== null && hint <= last) continue;
    for (;;) {
      const rows = await db
        .select()
        .from(orderStatusHistory)
        .where(and(eq(orderStatusHistory.orderId, input.orderId), gt(orderStatusHistory.id, last)))
        .orderBy(asc(orderStatusHistory.id))
        .limit(BATCH);
      for (const row of rows) {
        last = row.id;
        yield tracked(String(row.id), toStatusEvent(row));
      }
      if (rows.length < BATCH) break;
    }
  }
}

export interface KitchenQueueEvent {
  event: OrderStatusEventOutput;
  order: OrderSummaryOutput;
}

async function lastKitchenEvent(db: Database, chefId: string): Promise<number> {
  const [row] = await db
    .select({ id: max(orderStatusHistory.id) })
    .from(orderStatusHistory)
    .innerJoin(orders, eq(orders.id, orderStatusHistory.orderId))
    .where(eq(orders.chefId, chefId));
  return row?.id ?? 0;
}

/**
 * New and changed orders of the chef's kitchen, each with the order as the board shows it.
 * Orders awaiting payment are not the kitchen's business yet. Without `lastEventId` the
 * stream starts now (the board loads the current orders with `orders.list`).
 */
export async function* kitchenQueueStream(
  services: Pick<Services, 'db' | 'bus'>,
  kitchen: OwnKitchen,
  input: { lastEventId?: string | null | undefined },
  signal: AbortSignal | undefined,
) {
  const { db } = services;
  let last: number | null = input.lastEventId ? Number(input.lastEventId) : null;
  for await (const hint of wakeUps(services, kitchenTopic(kitchen.id), signal)) {
    last ??= await lastKitchenEvent(db, kitchen.id);
    if (hint !== null && hint <= last) continue;
    for (;;) {
      const rows = await db
        .select({ history: orderStatusHistory })
        .from(orderStatusHistory)
        .innerJoin(orders, eq(orders.id, orderStatusHistory.orderId))
        .where(
          and(
            eq(orders.chefId, kitchen.id),
            gt(orderStatusHistory.id, last),
            ne(orderStatusHistory.toStatus, 'pending'),
          ),
        )
        .orderBy(asc(orderStatusHistory.id))
        .limit(BATCH);
      for (const { history } of rows) {
        last = history.id;
        // An unpaid order that lapsed was never on the board.
        if (history.fromStatus === 'pending' && history.toStatus === 'cancelled') continue;
        const event: KitchenQueueEvent = {
          event: toStatusEvent(history),
          order: await orderSummary(db, history.orderId),
        };
        yield tracked(String(history.id), event);
      }
      if (rows.length < BATCH) break;
    }
  }
}
