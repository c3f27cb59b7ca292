import { byCursor } from '@homechef/app-kit';
import { homechef } from '~/homechef.ts';
import { ordersInput } from './filters.ts';
import { AdminOrderDetail } from './order-detail.tsx';
import { OrderList } from './order-list.tsx';

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/** `/orders`: the first page for the filters in the URL, rendered on the server. */
export async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const list = homechef.trpc.admin.orders.infiniteQueryOptions(
    ordersInput({
      status: one(searchParams.status),
      chefId: one(searchParams.chefId),
      // Days are read in the browser's time zone, so the list with dates loads there.
      from: '',
      to: '',
    }),
    byCursor,
  );
  const kitchens = homechef.trpc.admin.listChefs.queryOptions({ limit: 100 });
  if (!one(searchParams.from) && !one(searchParams.to)) await homechef.prefetch(list);
  await homechef.prefetch(kitchens);
  return (
    <homechef.HydrateClient>
      <OrderList />
    </homechef.HydrateClient>
  );
}

/** `/orders/<id>`: one order with its payment and journal; 404 if unknown. */
export async function OrderPage({ id }: { id: string }) {
  await homechef.fetchOrNotFound(homechef.trpc.admin.order.queryOptions({ orderId: id }));
  return (
    <homechef.HydrateClient>
      <AdminOrderDetail orderId={id} />
    </homechef.HydrateClient>
  );
}
