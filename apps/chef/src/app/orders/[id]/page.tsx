import { OrderPage } from '~/features/orders/pages.tsx';

export const metadata = { title: 'Order' };

export default async function Page(props: PageProps<'/orders/[id]'>) {
  const { id } = await props.params;
  return <OrderPage id={id} />;
}
