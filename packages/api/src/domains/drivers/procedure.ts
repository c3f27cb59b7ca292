import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { drivers, type Driver } from '@homechef/db';
import { driverProcedure } from '../../trpc.ts';

/** The signed-in driver's own profile as `driverProfileProcedure` hands it on. */
export type OwnDriverProfile = Driver;

export function noDriverProfile(): TRPCError {
  return new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: 'You have no driver profile yet: enter your vehicle first',
  });
}

/**
 * A driver procedure that loads the caller's own profile once into `ctx.driver`; without one,
 * every such procedure refuses alike (PRECONDITION_FAILED). The profile comes from the
 * signed-in user, never from an id the client sends; functions that change it lock it again by
 * id inside their transaction.
 */
export const driverProfileProcedure = driverProcedure
  .meta({ loads: 'driver' })
  .use(async ({ ctx, next }) => {
    const [driver] = await ctx.db
      .select()
      .from(drivers)
      .where(eq(drivers.userId, ctx.actor.userId))
      .limit(1);
    if (!driver) throw noDriverProfile();
    return next({ ctx: { driver } });
  });
