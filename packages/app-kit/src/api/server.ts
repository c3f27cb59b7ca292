import 'server-only';

import type { AppRouter } from '@homechef/api';
import { dehydrate, HydrationBoundary, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import {
  createTRPCOptionsProxy,
  type TRPCInfiniteQueryOptions,
  type TRPCOptionsProxy,
  type TRPCQueryOptions,
} from '@trpc/tanstack-react-query';
import { notFound } from 'next/navigation';
import { cache, createElement, type ReactNode } from 'react';
import { apiErrorCode } from './errors.ts';
import { createServerLinks, type GetAccessToken } from './links.ts';
import { makeQueryClient } from './query-client.ts';

export interface ServerTRPCOptions {
  /**
   * Server-to-server endpoint, e.g. `http://localhost:9001/trpc` or an internal host. A
   * function is read on the first call, so the environment need not exist at build time.
   */
  httpUrl: string | (() => string);
  /** Reads the signed-in user's access token for this request (the app's session). */
  getAccessToken?: GetAccessToken | undefined;
}

export interface ServerTRPC {
  /** Query options for server components: `getQueryClient().fetchQuery(trpc.x.queryOptions())`. */
  trpc: TRPCOptionsProxy<AppRouter>;
  /** The plain client, for mutations from server actions. */
  client: ReturnType<typeof createTRPCClient<AppRouter>>;
  /** The QueryClient of the current request (React `cache`: one per request). */
  getQueryClient: () => QueryClient;
  /** Sends this request's cache (including pending prefetches) to client components. */
  HydrateClient: (props: { children: ReactNode }) => ReactNode;
  /**
   * Starts a query; client components under HydrateClient pick it up. Await it to render the
   * data into the HTML, or leave it to stream in. Never throws: a failed query is refetched
   * by the browser, which shows the error.
   */
  prefetch: (queryOptions: AnyQueryOptions) => Promise<void>;
  /**
   * Fetches the one thing a detail page is about and renders Next's 404 when the API says it
   * does not exist or the id is not one (NOT_FOUND, BAD_REQUEST), e.g. someone else's order.
   * Any other failure is left to the browser, which shows the error and lets the user retry.
   */
  fetchOrNotFound: (queryOptions: OneQueryOptions) => Promise<void>;
}

// any: `prefetch` accepts the options of every procedure; each call site keeps its own types.
/* eslint-disable @typescript-eslint/no-explicit-any */
type OneQueryOptions = ReturnType<TRPCQueryOptions<any>>;
type AnyQueryOptions = OneQueryOptions | ReturnType<TRPCInfiniteQueryOptions<any>>;

/**
 * The server-side half of the client layer, for React Server Components. It talks to the
 * API over HTTP like any other client: the Next apps never hold a database connection.
 */
export function createServerTRPC({ httpUrl, getAccessToken }: ServerTRPCOptions): ServerTRPC {
  const getQueryClient = cache(makeQueryClient);

  const client = createTRPCClient<AppRouter>({
    links: createServerLinks({ httpUrl, getAccessToken, headers: { 'x-trpc-source': 'rsc' } }),
  });

  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient: getQueryClient });

  function HydrateClient({ children }: { children: ReactNode }) {
    return createElement(HydrationBoundary, { state: dehydrate(getQueryClient()) }, children);
  }

  // A failed prefetch is not fatal: the client component refetches and shows the error.
  function prefetch(queryOptions: AnyQueryOptions) {
    const queryClient = getQueryClient();
    const meta = queryOptions.queryKey[1];
    if (meta && !Array.isArray(meta) && meta.type === 'infinite') {
      return queryClient.prefetchInfiniteQuery(
        queryOptions as ReturnType<TRPCInfiniteQueryOptions<any>>,
      );
    }
    return queryClient.prefetchQuery(queryOptions as OneQueryOptions);
  }

  async function fetchOrNotFound(queryOptions: OneQueryOptions) {
    try {
      await getQueryClient().fetchQuery(queryOptions);
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') notFound();
    }
  }

  return { trpc, client, getQueryClient, HydrateClient, prefetch, fetchOrNotFound };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
