import { eq } from 'drizzle-orm';
import { chefs, type Chef } from '@homechef/db';
import { chefProcedure } from '../../trpc.ts';
import { noKitchen } from './application.ts';

/** The signed-in chef's kitchen as `kitchenProcedure` hands it to the domain functions. */
export type OwnKitchen = Chef;

/**
 * A chef procedure that loads the caller's own kitchen once into `ctx.kitchen`; without one,
 * every such procedure refuses alike (PRECONDITION_FAILED: apply first). The kitchen comes from
 * the signed-in user, never from an id the client sends. Functions that change it lock it
 * again by id inside their transaction.
 */
export const kitchenProcedure = chefProcedure
  .meta({ loads: 'kitchen' })
  .use(async ({ ctx, next }) => {
    const [kitchen] = await ctx.db
      .select()
      .from(chefs)
      .where(eq(chefs.userId, ctx.actor.userId))
      .limit(1);
    if (!kitchen) throw noKitchen();
    return next({ ctx: { kitchen } });
  });
