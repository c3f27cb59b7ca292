import { homechef } from '~/homechef.ts';
import { DEFAULT_EARNINGS_DAYS, EarningsView } from './earnings.tsx';

/** `/earnings`: the default period rendered on the server. */
export async function EarningsPage() {
  await homechef.prefetch(
    homechef.trpc.orders.earnings.queryOptions({ days: DEFAULT_EARNINGS_DAYS }),
  );
  return (
    <homechef.HydrateClient>
      <EarningsView />
    </homechef.HydrateClient>
  );
}
