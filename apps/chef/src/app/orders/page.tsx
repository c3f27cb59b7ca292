import { OrdersPage } from '~/features/orders/pages.tsx';

export const metadata = { title: 'Orders' };
export default OrdersPage;
