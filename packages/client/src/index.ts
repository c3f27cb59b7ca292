import type { AppRouter } from '@homechef/api';
import { defaultShouldDehydrateQuery, QueryClient } from '@tanstack/react-query';
import {
  createWSClient,
  httpBatchLink,
  splitLink,
  wsLink,
  type TRPCLink,
  type WebSocketClientOptions,
} from '@trpc/client';
import superjson from 'superjson';

export type { AppRouter, RouterInputs, RouterOutputs } from '@homechef/api';

/** Returns the current API access token, or null when signed out. */
export type GetAccessToken = () => string | null | undefined | Promise<string | null | undefined>;

export interface LinkOptions {
  /** tRPC over HTTP, e.g. `http://localhost:9001/trpc`. */
  httpUrl: string;
  /**
   * tRPC over WebSocket, e.g. `ws://localhost:9001/realtime`. Leave it out where no
   * subscriptions run (server components, SSR): then no socket is ever opened.
   */
  wsUrl?: string | undefined;
  getAccessToken?: GetAccessToken | undefined;
  /** Extra HTTP headers (e.g. `x-trpc-source`) sent with every batch. */
  headers?: Record<string, string> | undefined;
  /** Observe the socket (for a connection indicator). */
  onSocketOpen?: WebSocketClientOptions['onOpen'];
  onSocketClose?: WebSocketClientOptions['onClose'];
}

/** Reconnect quickly at first, then back off to at most 10 s between attempts. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 10_000);
}

/**
 * The one link chain every app uses: subscriptions over WebSocket, everything else over
 * batched HTTP. Both transports carry the access token when there is one.
 */
export function createLinks(opts: LinkOptions): TRPCLink<AppRouter>[] {
  const { getAccessToken } = opts;

  const http = httpBatchLink<AppRouter>({
    url: opts.httpUrl,
    transformer: superjson,
    async headers() {
      const token = await getAccessToken?.();
      return { ...opts.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    },
  });

  if (!opts.wsUrl) return [http];

  const wsClient = createWSClient({
    url: opts.wsUrl,
    // Only sent when auth is in play: the server reads `{ token }` from the first message.
    ...(getAccessToken
      ? { connectionParams: async () => ({ token: (await getAccessToken()) ?? '' }) }
      : {}),
    // Open the socket on the first subscription, close it 30 s after the last one ends.
    lazy: { enabled: true, closeMs: 30_000 },
    // Mobile networks drop sockets silently; pings notice within ~20 s and reconnect.
    keepAlive: { enabled: true, intervalMs: 15_000, pongTimeoutMs: 5_000 },
    retryDelayMs: reconnectDelayMs,
    onOpen: opts.onSocketOpen,
    onClose: opts.onSocketClose,
  });

  return [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: wsLink<AppRouter>({ client: wsClient, transformer: superjson }),
      false: http,
    }),
  ];
}

/**
 * QueryClient defaults shared by server and browser. Dehydration goes through superjson so
 * Dates and friends survive the trip from a server component into the browser cache, and
 * pending queries are dehydrated too so a server `prefetch` can stream into the client.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh on arrival: no immediate refetch.
        staleTime: 30_000,
        // On the server a retry only delays the page; the browser retries transient errors.
        retry: (failureCount, error) =>
          typeof window !== 'undefined' && failureCount < 2 && !isClientError(error),
      },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
        // Next redacts server errors itself; the API never puts internals in messages.
        shouldRedactErrors: () => false,
      },
      hydrate: {
        deserializeData: superjson.deserialize,
      },
    },
  });
}

/** 4xx from the API: retrying will not help. */
function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: unknown } } | null)?.data?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500;
}
