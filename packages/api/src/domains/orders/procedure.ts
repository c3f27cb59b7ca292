import { OrderIdInput } from '@homechef/validators';
import { protectedProcedure } from '../../trpc.ts';
import { loadOrderFor } from './queries.ts';

/**
 * A signed-in procedure on one order that loads it once into `ctx.order`, for its customer,
 * its kitchen's chef, its driver and admins; anyone else gets NOT_FOUND, as for an order that
 * does not exist.
 */
export const orderParticipantProcedure = protectedProcedure
  .meta({ loads: 'order' })
  .input(OrderIdInput)
  .use(async ({ ctx, input, next }) =>
    next({ ctx: { order: await loadOrderFor(ctx.db, ctx.actor, input.orderId) } }),
  );
