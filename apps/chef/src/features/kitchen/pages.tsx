import { homechef } from '~/homechef.ts';
import { Dashboard } from './dashboard.tsx';

/** `/`: the chef's kitchen and menu summary, rendered on the server. */
export async function DashboardPage() {
  await Promise.all([
    homechef.prefetch(homechef.trpc.chefs.me.queryOptions()),
    homechef.prefetch(homechef.trpc.menus.list.queryOptions()),
  ]);
  return (
    <homechef.HydrateClient>
      <Dashboard />
    </homechef.HydrateClient>
  );
}
