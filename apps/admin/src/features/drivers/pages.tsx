import { homechef } from '~/homechef.ts';
import { byCursor } from '../table/paging.ts';
import { DriverDetail } from './detail.tsx';
import { DRIVER_QUEUE_INPUT } from './inputs.ts';
import { DriverQueue } from './queue.tsx';

/** `/drivers`: the driver queue, its first page rendered on the server. */
export async function DriverQueuePage() {
  await homechef.prefetch(
    homechef.trpc.admin.driverQueue.infiniteQueryOptions(DRIVER_QUEUE_INPUT, byCursor),
  );
  return (
    <homechef.HydrateClient>
      <DriverQueue />
    </homechef.HydrateClient>
  );
}

/** `/drivers/<id>`: one driver for review, rendered on the server; 404 if unknown. */
export async function DriverDetailPage({ id }: { id: string }) {
  await homechef.fetchOrNotFound(homechef.trpc.admin.driverById.queryOptions({ id }));
  return (
    <homechef.HydrateClient>
      <DriverDetail id={id} />
    </homechef.HydrateClient>
  );
}
