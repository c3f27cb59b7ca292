import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { driverAssignments, drivers, type Database, type Driver } from '@homechef/db';
import type { Actor } from '../../context.ts';

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
