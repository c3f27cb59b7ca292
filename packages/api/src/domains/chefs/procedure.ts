import { eq } from 'drizzle-orm';
import { chefs, type Chef, type Database } from '@homechef/db';
import { ownRowProcedure } from '../../shared/own-procedure.ts';
import { chefProcedure } from '../../trpc.ts';
import { noKitchen } from './application.ts';

/** The signed-in chef's kitchen as `kitchenProcedure` hands it to the domain functions. */
export type OwnKitchen = Chef;

/** The kitchen of the user `userId`; without one, PRECONDITION_FAILED (apply first). */
export async function loadOwnKitchen(db: Database, userId: string): Promise<OwnKitchen> {
  const [kitchen] = await db.select().from(chefs).where(eq(chefs.userId, userId)).limit(1);
  if (!kitchen) throw noKitchen();
  return kitchen;
}

/** A chef procedure with the caller's own kitchen in `ctx.kitchen` (see `ownRowProcedure`). */
export const kitchenProcedure = ownRowProcedure(chefProcedure, 'kitchen', loadOwnKitchen);
