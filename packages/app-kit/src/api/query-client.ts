import { defaultShouldDehydrateQuery, QueryClient } from '@tanstack/react-query';
import superjson from 'superjson';
import { readApiError } from './errors.ts';

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
  const status = readApiError(error)?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}
