'use client';

import type { AppRouter } from '@homechef/api';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCContext, useSubscription } from '@trpc/tanstack-react-query';
import { LiveIndicator } from '@homechef/ui';
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { createApiLinks, type GetAccessToken } from './links.ts';
import { makeQueryClient } from './query-client.ts';

export { useSubscription };

const trpcContext = createTRPCContext<AppRouter>();
export const useTRPC = trpcContext.useTRPC;
export const useTRPCClient = trpcContext.useTRPCClient;

const ApiBaseUrlContext = createContext<string | null>(null);

/**
 * The API server's public origin and path prefix without `/trpc` (e.g. `http://localhost:9001`),
 * for its plain HTTP routes: document uploads, and the relative signed links to documents.
 */
export function useApiBaseUrl(): string {
  const url = use(ApiBaseUrlContext);
  if (url === null) throw new Error('useApiBaseUrl needs a <TRPCReactProvider> above it');
  return url;
}

let browserQueryClient: QueryClient | undefined;

/** A fresh cache per server render (no data shared between users); one per browser tab. */
function getQueryClient(): QueryClient {
  if (typeof window === 'undefined') return makeQueryClient();
  // React may throw away state during the first suspending render; a module singleton
  // keeps the cache across that.
  return (browserQueryClient ??= makeQueryClient());
}

export interface TRPCReactProviderProps {
  children: ReactNode;
  /** Browser-facing HTTP endpoint, e.g. `https://api.example.com/trpc`. */
  httpUrl: string;
  /** Browser-facing WebSocket endpoint, e.g. `wss://api.example.com/realtime`. */
  wsUrl: string;
  /**
   * Endpoint used while rendering client components on the server, when it differs from
   * the public one (e.g. an internal hostname). Defaults to `httpUrl`.
   */
  ssrHttpUrl?: string | undefined;
  /**
   * Asked for the token before every request and socket connect; may renew it first. Read
   * once per call, so it can stay the same function for the provider's lifetime.
   */
  getAccessToken?: GetAccessToken | undefined;
  /**
   * The access token as last known. When it changes (renewed, signed in or out) a socket
   * that authenticated with the old one reconnects with the new one.
   */
  accessToken?: string | null | undefined;
  /** The API refused the token (HTTP 401, or its session was revoked under an open socket). */
  onUnauthorized?: (() => void) | undefined;
}

export function TRPCReactProvider({
  children,
  httpUrl,
  wsUrl,
  ssrHttpUrl,
  getAccessToken,
  accessToken,
  onUnauthorized,
}: TRPCReactProviderProps) {
  const queryClient = getQueryClient();
  const [api] = useState(() => {
    const inBrowser = typeof window !== 'undefined';
    const links = createApiLinks({
      httpUrl: inBrowser ? httpUrl : (ssrHttpUrl ?? httpUrl),
      // Subscriptions only run in effects, so the server render never needs a socket.
      wsUrl: inBrowser ? wsUrl : undefined,
      getAccessToken,
      onUnauthorized,
      // Custom headers from the browser would cost a CORS preflight per call.
      headers: inBrowser ? undefined : { 'x-trpc-source': 'ssr' },
    });
    return { links, client: createTRPCClient<AppRouter>({ links: links.links }) };
  });

  useEffect(() => {
    void api.links.accessTokenChanged();
  }, [api, accessToken]);

  return (
    <QueryClientProvider client={queryClient}>
      <trpcContext.TRPCProvider trpcClient={api.client} queryClient={queryClient}>
        <ApiBaseUrlContext value={httpUrl.replace(/\/trpc\/?$/, '')}>{children}</ApiBaseUrlContext>
      </trpcContext.TRPCProvider>
    </QueryClientProvider>
  );
}

/** What a connection indicator shows for a live stream. */
type LiveState = 'live' | 'connecting' | 'offline';

/**
 * Maps a subscription's status to what the user should see: `live` once an event has
 * arrived on an open connection, `offline` while the socket is down or the stream failed.
 */
function liveStateOf(result: {
  status: 'idle' | 'connecting' | 'pending' | 'error';
  data: unknown;
  error: unknown;
}): LiveState {
  if (result.status === 'error') return 'offline';
  if (result.status === 'connecting') return result.error ? 'offline' : 'connecting';
  if (result.status === 'pending' && result.data !== undefined) return 'live';
  return 'connecting';
}

/** The API's per-instance heartbeat: proves the WebSocket path end to end. */
function useHeartbeat() {
  const trpc = useTRPC();
  const result = useSubscription(trpc.health.onHeartbeat.subscriptionOptions());
  return { state: liveStateOf(result), beat: result.data?.data, reset: result.reset };
}

/** The API's live heartbeat over WebSocket, as a status line. */
export function Heartbeat() {
  const { state, beat } = useHeartbeat();
  const label =
    state === 'live' && beat
      ? `Live · beat #${beat.seq} from ${beat.instance}`
      : state === 'offline'
        ? 'Offline · reconnecting…'
        : 'Connecting to live updates…';
  return <LiveIndicator data-testid="heartbeat" state={state} label={label} />;
}
