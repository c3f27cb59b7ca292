import { CheckoutRoute } from '~/features/checkout/checkout-route.tsx';

export const metadata = { title: 'Checkout' };

export default async function Page(props: PageProps<'/checkout/[kitchenId]'>) {
  const { kitchenId } = await props.params;
  return <CheckoutRoute kitchenId={kitchenId} />;
}
