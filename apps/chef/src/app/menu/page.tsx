import { MenuPage } from '~/features/menu/pages.tsx';

export const metadata = { title: 'Menu' };
export default MenuPage;
