import { byCursor } from '@homechef/app-kit';
import { Prefetched, UNFILTERED } from '~/features/table/prefetched.tsx';
import { UserList } from '~/features/users/user-list.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Users' };

export default function Page() {
  return (
    <Prefetched query={homechef.trpc.admin.listUsers.infiniteQueryOptions(UNFILTERED, byCursor)}>
      <UserList />
    </Prefetched>
  );
}
