import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { drivers, type Database, type Driver } from '@homechef/db';
import { ownRowProcedure } from '../../shared/own-procedure.ts';
import { driverProcedure } from '../../trpc.ts';

/** The signed-in driver's own profile as `driverProfileProcedure` hands it on. */
export type OwnDriverProfile = Driver;

export function noDriverProfile(): TRPCError {
  return new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: 'You have no driver profile yet: enter your vehicle first',
  });
}

/** The driver profile of the user `userId`; without one, PRECONDITION_FAILED. */
export async function loadOwnDriverProfile(
  db: Database,
  userId: string,
): Promise<OwnDriverProfile> {
  const [driver] = await db.select().from(drivers).where(eq(drivers.userId, userId)).limit(1);
  if (!driver) throw noDriverProfile();
  return driver;
}

/** A driver procedure with the caller's own profile in `ctx.driver` (see `ownRowProcedure`). */
export const driverProfileProcedure = ownRowProcedure(
  driverProcedure,
  'driver',
  loadOwnDriverProfile,
);
