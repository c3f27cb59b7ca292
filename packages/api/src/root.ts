import { adminRouter } from './router/admin.ts';
import { authRouter } from './router/auth.ts';
import { chefsRouter } from './router/chefs.ts';
import { healthRouter } from './router/health.ts';
import { menusRouter } from './router/menus.ts';
import { usersRouter } from './router/users.ts';
import { createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  health: healthRouter,
  auth: authRouter,
  users: usersRouter,
  chefs: chefsRouter,
  menus: menusRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
