import { authRouter } from './router/auth.ts';
import { healthRouter } from './router/health.ts';
import { usersRouter } from './router/users.ts';
import { createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  health: healthRouter,
  auth: authRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
