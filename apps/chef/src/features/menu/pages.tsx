import { homechef } from '~/homechef.ts';
import { MenuEditor } from './menu-editor.tsx';

/** `/menu`: the menu editor, its menus rendered on the server. */
export async function MenuPage() {
  await homechef.prefetch(homechef.trpc.menus.list.queryOptions());
  return (
    <homechef.HydrateClient>
      <MenuEditor />
    </homechef.HydrateClient>
  );
}
