import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { drivers, type Driver } from '@homechef/db';
import { driverProcedure } from '../../trpc.ts';

export const noDriverProfile = () =>
  new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: 'You have no driver profile yet: complete your application first',
  });

/**
 * A driver procedure that loads the caller's own driver row into `ctx.driver` (one indexed
 * read, also on every ping); without one, it refuses with PRECONDITION_FAILED.
 */
export const shiftDriverProcedure = driverProcedure.use(async ({ ctx, next }) => {
  const [driver] = await ctx.db
    .select()
    .from(drivers)
    .where(eq(drivers.userId, ctx.actor.userId))
    .limit(1);
  if (!driver) throw noDriverProfile();
  return next({ ctx: { driver: driver satisfies Driver } });
});
