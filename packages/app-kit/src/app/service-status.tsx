import { ServiceStatusCard } from '@homechef/ui';
import { Heartbeat } from '../api/react.tsx';
import type { ServerTRPC } from '../api/server.ts';

/** The API as the server sees it (`health.ping`) beside the browser's live socket. */
export function ServiceStatus({ api }: { api: Pick<ServerTRPC, 'trpc' | 'getQueryClient'> }) {
  const ping = api
    .getQueryClient()
    .fetchQuery(api.trpc.health.ping.queryOptions())
    .catch(() => null);
  return <ServiceStatusCard ping={ping} live={<Heartbeat />} />;
}
