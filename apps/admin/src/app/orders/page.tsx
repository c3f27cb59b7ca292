import { OrdersPage } from '~/features/orders/pages.tsx';

export const metadata = { title: 'Orders' };

export default async function Page(props: PageProps<'/orders'>) {
  return <OrdersPage searchParams={await props.searchParams} />;
}
