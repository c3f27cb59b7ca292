import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import type { Actor, Context, Role } from './context.ts';
import { RateLimitedError } from './shared/rate-limits.ts';

/** Who may call a procedure: read by the API docs and the authorization matrix test. */
export type Access = 'public' | 'authenticated' | Role | `${Role},${Role}`;

export interface Meta {
  /**
   * Set by the procedure builders below (`publicProcedure`, `chefProcedure`, ...), never by a
   * procedure itself: who may call follows from what it is built on.
   */
  access?: Access;
  /** What the builder loads into the context before the procedure runs (`kitchenProcedure`). */
  loads?: 'kitchen' | 'driver' | 'order';
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null;
      // Internals (SQL text, stack traces) never reach the client; the server logs them.
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        message: internal ? 'Internal server error' : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          zodError,
          retryAfterSeconds:
            error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : null,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const observed = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  ctx.observe?.({
    path,
    type,
    durationMs: performance.now() - started,
    code: result.ok ? 'OK' : result.error.code,
    requestId: ctx.requestId,
    error: result.ok ? undefined : result.error,
  });
  return result;
});

export const publicProcedure = t.procedure.use(observed).meta({ access: 'public' });

export const protectedProcedure = t.procedure
  .use(observed)
  .meta({ access: 'authenticated' })
  .use(async ({ ctx, type, next }) => {
    if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
    if (type === 'mutation') await ctx.limits.mutation(ctx.actor.userId);
    return next({ ctx: { ...ctx, actor: ctx.actor } });
  });

/*
 * Procedures that load what they guard build on these: `kitchenProcedure` (domains/chefs)
 * loads the caller's own kitchen into `ctx.kitchen` once, or refuses; a driver profile or an
 * order the caller takes part in follows the same pattern (`driverProfileProcedure`,
 * `orderParticipantProcedure`), each in its own domain.
 */
/** FORBIDDEN unless the actor has `role`: the check of every role's procedures and uploads. */
export function assertRole(actor: Actor, role: Role): void {
  if (actor.role !== role) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `Only ${role}s may do this` });
  }
}

function roleProcedure(role: Role) {
  return protectedProcedure.meta({ access: role }).use(({ ctx, next }) => {
    assertRole(ctx.actor, role);
    return next({ ctx });
  });
}

/** Any one of two roles (chefs and drivers both have Stripe payouts). */
function eitherRoleProcedure(first: Role, second: Role) {
  return protectedProcedure.meta({ access: `${first},${second}` }).use(({ ctx, next }) => {
    if (ctx.actor.role !== first && ctx.actor.role !== second) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `Only ${first}s and ${second}s may do this`,
      });
    }
    return next({ ctx });
  });
}

export const customerProcedure = roleProcedure('customer');
export const chefProcedure = roleProcedure('chef');
export const driverProcedure = roleProcedure('driver');
export const adminProcedure = roleProcedure('admin');
export const payeeProcedure = eitherRoleProcedure('chef', 'driver');
/** Orders: the customer cancels their own, an admin any. */
export const customerOrAdminProcedure = eitherRoleProcedure('customer', 'admin');
