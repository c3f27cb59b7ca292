import { adminRouter } from './domains/admin/index.ts';
import { authRouter, passwordRouter } from './domains/auth/index.ts';
import { chefsRouter } from './domains/chefs/index.ts';
import {
  adminDispatchRouter,
  dispatchRouter,
  driverEarningsRouter,
  kitchenDispatchRouter,
} from './domains/dispatch/index.ts';
import { discoveryRouter } from './domains/discovery/index.ts';
import { chefDocumentsRouter, driverDocumentsRouter } from './domains/documents/index.ts';
import { driversRouter } from './domains/drivers/index.ts';
import { geocodingRouter } from './domains/geocoding/index.ts';
import { healthRouter } from './domains/health/index.ts';
import { menusRouter } from './domains/menus/index.ts';
import { adminOrdersRouter, ordersRouter } from './domains/orders/index.ts';
import { pushRouter } from './domains/push/index.ts';
import { paymentsRouter } from './domains/payments/index.ts';
import { adminReviewsRouter, reviewsRouter } from './domains/reviews/index.ts';
import { shiftsRouter, trackingRouter } from './domains/shifts/index.ts';
import { usersRouter } from './domains/users/index.ts';
import { createTRPCRouter } from './trpc.ts';

/**
 * The public names (docs/api.md) are grouped by what a client does, the code by domain: a
 * namespace can hold procedures of several domains (`chefs.search` is discovery's).
 */
export const appRouter = createTRPCRouter({
  health: healthRouter,
  auth: authRouter,
  users: { ...usersRouter, ...passwordRouter },
  chefs: { ...chefsRouter, ...chefDocumentsRouter, ...discoveryRouter },
  drivers: {
    ...driversRouter,
    ...driverDocumentsRouter,
    ...shiftsRouter,
    ...driverEarningsRouter,
  },
  menus: menusRouter,
  payments: paymentsRouter,
  orders: { ...ordersRouter, ...kitchenDispatchRouter },
  dispatch: dispatchRouter,
  admin: { ...adminRouter, ...adminOrdersRouter, ...adminReviewsRouter, ...adminDispatchRouter },
  reviews: reviewsRouter,
  push: pushRouter,
  geo: geocodingRouter,
  tracking: trackingRouter,
});

export type AppRouter = typeof appRouter;
