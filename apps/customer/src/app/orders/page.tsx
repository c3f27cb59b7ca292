import { OrdersRoute } from '~/features/orders/order-routes.tsx';

export const metadata = { title: 'Your orders' };

export default OrdersRoute;
