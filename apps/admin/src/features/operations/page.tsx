import { env } from '~/env.ts';
import { homechef } from '~/homechef.ts';
import { Operations } from './operations.tsx';

/** `/operations`: the first snapshot comes rendered; the page then refreshes itself. */
export async function OperationsPage() {
  await homechef.prefetch(homechef.trpc.admin.operations.queryOptions());
  return (
    <homechef.HydrateClient>
      <Operations tileUrl={env().MAP_TILE_URL} />
    </homechef.HydrateClient>
  );
}
