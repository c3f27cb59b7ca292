import { TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import { driverAssignments, drivers, orders, type Database, type Driver } from '@homechef/db';
import type { OrderStatus } from '@homechef/validators';
import type { Actor } from '../../context.ts';
import { transitionOrder } from '../orders/index.ts';

export const notFound = (what: string) =>
  new TRPCError({ code: 'NOT_FOUND', message: `No such ${what}` });

/** The caller's driver profile; a driver without one has no offers or jobs (NOT_FOUND). */
export async function driverOf(db: Database, actor: Actor, what: string): Promise<Driver> {
  const [driver] = await db.select().from(drivers).where(eq(drivers.userId, actor.userId));
  if (!driver) throw notFound(what);
  return driver;
}

/** A driver with no job left is free again (unless they went offline or were suspended). */
export async function freeIfIdle(tx: Database, driverId: string): Promise<void> {
  await tx.execute(sql`
    update ${drivers} set status = 'online', updated_at = now()
    where id = ${driverId} and status = 'busy' and not exists (
      select 1 from ${driverAssignments} a
      where a.driver_id = ${driverId} and a.cancelled_at is null and a.delivered_at is null)`);
}

/**
 * Names `driverId` on the order and marks the driver busy: a ready order becomes
 * `assigned_to_driver`; one still cooking keeps its status until the round moves it once ready.
 */
export async function giveOrderTo(
  tx: Database,
  order: { id: string; status: OrderStatus },
  driverId: string,
  actor: { role: 'driver' | 'admin'; userId: string },
  reason?: string,
): Promise<void> {
  if (order.status === 'ready_for_pickup') {
    await transitionOrder(tx, {
      orderId: order.id,
      from: 'ready_for_pickup',
      to: 'assigned_to_driver',
      actor,
      reason: reason ?? null,
      set: { driverId },
    });
  } else {
    await tx
      .update(orders)
      .set({ driverId, updatedAt: sql`now()` })
      .where(eq(orders.id, order.id));
  }
  await tx
    .update(drivers)
    .set({ status: 'busy', updatedAt: sql`now()` })
    .where(and(eq(drivers.id, driverId), eq(drivers.status, 'online')));
}
