import { OrderRoute } from '~/features/orders/order-routes.tsx';

export const metadata = { title: 'Your order' };

export default async function Page(props: PageProps<'/orders/[id]'>) {
  const [{ id }, query] = await Promise.all([props.params, props.searchParams]);
  return <OrderRoute id={id} query={query} />;
}
