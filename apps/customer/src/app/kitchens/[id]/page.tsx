import { KitchenRoute } from '~/features/discovery/pages.tsx';

export const metadata = { title: 'Kitchen' };
export default KitchenRoute;
