'use client';

import type { AppRouter } from '@homechef/api';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCContext, useSubscription } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import { createLinks, makeQueryClient, type GetAccessToken } from './index.ts';

export { useSubscription };

const trpcContext = createTRPCContext<AppRouter>();
export const useTRPC = trpcContext.useTRPC;
export const useTRPCClient = trpcContext.useTRPCClient;

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
  getAccessToken?: GetAccessToken | undefined;
}

export function TRPCReactProvider({
  children,
  httpUrl,
  wsUrl,
  ssrHttpUrl,
  getAccessToken,
}: TRPCReactProviderProps) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() => {
    const inBrowser = typeof window !== 'undefined';
    return createTRPCClient<AppRouter>({
      links: createLinks({
        httpUrl: inBrowser ? httpUrl : (ssrHttpUrl ?? httpUrl),
        // Subscriptions only run in effects, so the server render never needs a socket.
        wsUrl: inBrowser ? wsUrl : undefined,
        getAccessToken,
        // Custom headers from the browser would cost a CORS preflight per call.
        headers: inBrowser ? undefined : { 'x-trpc-source': 'ssr' },
      }),
    });
  });

  return (
    <QueryClientProvider client={queryClient}>
      <trpcContext.TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </trpcContext.TRPCProvider>
    </QueryClientProvider>
  );
}

/** What a connection indicator shows for a live stream. */
export type LiveState = 'live' | 'connecting' | 'offline';

/**
 * Maps a subscription's status to what the user should see: `live` once an event has
 * arrived on an open connection, `offline` while the socket is down or the stream failed.
 */
export function liveStateOf(result: {
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
export function useHeartbeat() {
  const trpc = useTRPC();
  const result = useSubscription(trpc.health.onHeartbeat.subscriptionOptions());
  return { state: liveStateOf(result), beat: result.data?.data, reset: result.reset };
}
