import { homechef } from '~/homechef.ts';
import { KitchenDetail } from './detail.tsx';
import { QUEUE_INPUT } from './inputs.ts';
import { byCursor } from '../table/paging.ts';
import { VerificationQueue } from './queue.tsx';

/** `/kitchens/<id>`: one kitchen for review, rendered on the server; 404 if unknown. */
export async function KitchenDetailPage({ id }: { id: string }) {
  await homechef.fetchOrNotFound(homechef.trpc.admin.chefById.queryOptions({ id }));
  return (
    <homechef.HydrateClient>
      <KitchenDetail id={id} />
    </homechef.HydrateClient>
  );
}

/** `/`: the verification queue, its first page rendered on the server. */
export async function QueuePage() {
  await homechef.prefetch(
    homechef.trpc.admin.chefQueue.infiniteQueryOptions(QUEUE_INPUT, byCursor),
  );
  return (
    <homechef.HydrateClient>
      <VerificationQueue />
    </homechef.HydrateClient>
  );
}
