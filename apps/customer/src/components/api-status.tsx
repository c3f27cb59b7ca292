import { getQueryClient, trpc } from '~/trpc/server.ts';

/** Asks the API, from the server, which database and bus it runs on. */
export async function ApiStatus() {
  const ping = await getQueryClient()
    .fetchQuery(trpc.health.ping.queryOptions())
    .catch(() => null);
  if (!ping) {
    return (
      <p data-testid="api-status" className="flex items-center gap-2 text-sm text-red-700">
        <span aria-hidden="true" className="size-2.5 rounded-full bg-red-500" />
        API unreachable · some features are unavailable
      </p>
    );
  }
  return (
    <p data-testid="api-status" className="flex items-center gap-2 text-sm text-stone-700">
      <span aria-hidden="true" className="size-2.5 rounded-full bg-emerald-500" />
      API online · database: {ping.db} · bus: {ping.bus}
    </p>
  );
}
