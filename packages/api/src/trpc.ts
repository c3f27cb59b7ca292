import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import type { Actor, Context, Role } from './context.ts';

const t = initTRPC.context<Context>().create({
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
    error: result.ok ? undefined : result.error,
  });
  return result;
});

export const publicProcedure = t.procedure.use(observed);

export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

function roleProcedure(role: Role) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (ctx.actor.role !== role) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Only ${role}s may do this` });
    }
    return next({ ctx: { ...ctx, actor: ctx.actor as Actor & { role: typeof role } } });
  });
}

export const customerProcedure = roleProcedure('customer');
export const chefProcedure = roleProcedure('chef');
export const driverProcedure = roleProcedure('driver');
export const adminProcedure = roleProcedure('admin');
