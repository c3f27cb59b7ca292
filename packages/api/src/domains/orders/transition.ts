import { TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import {
  orders,
  orderStatusHistory,
  outbox,
  type Database,
  type NewOrder,
  type Order,
} from '@homechef/db';
import { ORDER_STATUS_LABELS, type OrderStatus } from '@homechef/validators';
import { rowsOf } from '../../shared/sql.ts';
import { canTransition, type ActorRole } from './machine.ts';

export interface TransitionActor {
  role: ActorRole;
  /** Null for `system` and `stripe`. */
  userId: string | null;
}

export interface TransitionRequest {
  orderId: string;
  /** The status the caller saw: the update only happens if it is still the current one. */
  from: OrderStatus;
  /** The version the caller saw; omitted, any version in status `from` will do. */
  version?: number;
  to: OrderStatus;
  actor: TransitionActor;
  reason?: string | null;
  /** Other columns to change with the status (an estimate, a driver). */
  set?: Partial<Pick<NewOrder, 'estimatedReadyAt' | 'driverId'>>;
}

/** What subscribers of an order's topics receive (ids let them read the rest from history). */
export interface OrderChangedEvent {
  [key: string]: unknown;
  orderId: string;
  historyId: number;
  chefId: string;
  from: OrderStatus | null;
  to: OrderStatus;
}

export const orderTopic = (orderId: string) => `order:${orderId}`;
export const kitchenTopic = (chefId: string) => `kitchen:${chefId}`;

/** The history row and the outbox events of one change; shared with order creation. */
export async function recordStatusChange(
  tx: Database,
  order: Pick<Order, 'id' | 'chefId'>,
  from: OrderStatus | null,
  to: OrderStatus,
  actor: TransitionActor,
  reason: string | null,
): Promise<number> {
  // One statement writes the history row and, with its id, the two outbox events (the rows
  // writeOutbox would write): a transition costs one round trip less.
  const result = await tx.execute(sql`
    with history as (
      insert into ${orderStatusHistory}
        (order_id, from_status, to_status, actor_role, actor_user_id, reason)
      values (${order.id}, ${from}, ${to}, ${actor.role}, ${actor.userId}, ${reason})
      returning id
    ), events as (
      insert into ${outbox} (topic, payload)
      select topic, jsonb_build_object('orderId', ${order.id}::text, 'historyId', history.id,
        'chefId', ${order.chefId}::text, 'from', ${from}::text, 'to', ${to}::text)
      from history, (values (${orderTopic(order.id)}), (${kitchenTopic(order.chefId)})) as t (topic)
    )
    select id from history`);
  const [history] = rowsOf<{ id: number }>(result);
  if (!history) throw new Error('history insert returned nothing');
  return history.id;
}

/**
 * The one way an order's status changes: refused unless the table allows `actor` to move it
 * from `from` to `to`; then, in the caller's transaction, a conditional update on the expected
 * status (and version), a history row and the outbox events. Of two actors racing, the second
 * finds the status moved on and gets CONFLICT.
 */
export async function transitionOrder(
  tx: Database,
  request: TransitionRequest,
): Promise<{ order: Order; historyId: number }> {
  const { orderId, from, to, actor } = request;
  if (!canTransition(from, to, actor.role)) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `An order that is “${ORDER_STATUS_LABELS[from]}” cannot become “${ORDER_STATUS_LABELS[to]}” this way`,
    });
  }
  const [order] = await tx
    .update(orders)
    .set({
      ...request.set,
      status: to,
      version: sql`${orders.version} + 1`,
      statusChangedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(orders.id, orderId),
        eq(orders.status, from),
        request.version === undefined ? undefined : eq(orders.version, request.version),
      ),
    )
    .returning();
  if (!order) {
    const [current] = await tx
      .select({ status: orders.status })
      .from(orders)
      .where(eq(orders.id, orderId));
    if (!current) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such order' });
    throw new TRPCError({
      code: 'CONFLICT',
      message: `The order changed meanwhile: it is now “${ORDER_STATUS_LABELS[current.status]}”`,
    });
  }
  const historyId = await recordStatusChange(tx, order, from, to, actor, request.reason ?? null);
  return { order, historyId };
}
