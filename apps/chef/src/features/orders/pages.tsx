import { byCursor } from '@homechef/app-kit';
import { homechef } from '~/homechef.ts';
import { BOARD_INPUT } from './board.ts';
import { OrderBoard } from './order-board.tsx';
import { OrderDetail } from './order-detail.tsx';

/** `/orders`: the board's orders and today's numbers rendered on the server, then live. */
export async function OrdersPage() {
  // Built apart from `prefetch`, whose loose parameter type would erase `page`'s type.
  const board = homechef.trpc.orders.list.infiniteQueryOptions(BOARD_INPUT, byCursor);
  await Promise.all([
    homechef.prefetch(board),
    homechef.prefetch(homechef.trpc.orders.kitchenToday.queryOptions()),
    homechef.prefetch(homechef.trpc.chefs.me.queryOptions()),
  ]);
  return (
    <homechef.HydrateClient>
      <OrderBoard />
    </homechef.HydrateClient>
  );
}

/** `/orders/<id>`: one order of the kitchen; 404 for an unknown id or someone else's order. */
export async function OrderPage({ id }: { id: string }) {
  await homechef.fetchOrNotFound(homechef.trpc.orders.byId.queryOptions({ orderId: id }));
  return (
    <homechef.HydrateClient>
      <OrderDetail orderId={id} />
    </homechef.HydrateClient>
  );
}
