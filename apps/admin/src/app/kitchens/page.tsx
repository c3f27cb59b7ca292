import { KitchenList } from '~/features/kitchens/list.tsx';

export const metadata = { title: 'Kitchens' };
export default KitchenList;
