import { byCursor } from '@homechef/app-kit';
import { KitchenList } from '~/features/kitchens/list.tsx';
import { Prefetched, UNFILTERED } from '~/features/table/prefetched.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Kitchens' };

export default function Page() {
  return (
    <Prefetched query={homechef.trpc.admin.listChefs.infiniteQueryOptions(UNFILTERED, byCursor)}>
      <KitchenList />
    </Prefetched>
  );
}
