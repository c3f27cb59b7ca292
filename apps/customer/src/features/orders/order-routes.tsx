import { byCursor } from '@homechef/app-kit';
import { env } from '~/env.ts';
import { homechef } from '~/homechef.ts';
import { OrderHistory } from './order-history.tsx';
import { ORDERS_PAGE } from './order-status.ts';
import { OrderPage } from './order-page.tsx';

type Query = Record<string, string | string[] | undefined>;

/** `/orders/<id>`: rendered with the order; 404 for an unknown order or someone else's. */
export async function OrderRoute({ id, query }: { id: string; query: Query }) {
  await homechef.fetchOrNotFound(homechef.trpc.orders.byId.queryOptions({ orderId: id }));
  return (
    <homechef.HydrateClient>
      <OrderPage orderId={id} returnedPaid={query.paid === '1'} tileUrl={env().MAP_TILE_URL} />
    </homechef.HydrateClient>
  );
}

/** `/orders`: the first page of the customer's orders comes rendered. */
export async function OrdersRoute() {
  const orders = homechef.trpc.orders.list.infiniteQueryOptions({ limit: ORDERS_PAGE }, byCursor);
  await homechef.prefetch(orders);
  return (
    <homechef.HydrateClient>
      <OrderHistory />
    </homechef.HydrateClient>
  );
}
