import { apiErrorCode } from '@homechef/app-kit';
import { notFound } from 'next/navigation';
import { homechef } from '~/homechef.ts';
import { kitchenInput } from '../discovery/filters.ts';
import { CheckoutPage } from './checkout-page.tsx';

/** `/checkout/<kitchen>` (signed in only): the kitchen and the saved addresses come rendered. */
export async function CheckoutRoute({ kitchenId }: { kitchenId: string }) {
  const kitchen = homechef.trpc.chefs.byId.queryOptions(kitchenInput(kitchenId, null));
  const [result] = await Promise.allSettled([
    homechef.getQueryClient().fetchQuery(kitchen),
    homechef.prefetch(homechef.trpc.users.addresses.list.queryOptions()),
  ]);
  if (result.status === 'rejected') {
    const code = apiErrorCode(result.reason);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') notFound();
  }
  return (
    <homechef.HydrateClient>
      <CheckoutPage kitchenId={kitchenId} />
    </homechef.HydrateClient>
  );
}
