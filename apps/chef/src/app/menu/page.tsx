import { MenuEditor } from '~/features/menu/menu-editor.tsx';

export const metadata = { title: 'Menu' };
export default MenuEditor;
