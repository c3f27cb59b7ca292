'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { useSubscription, useTRPC } from '@homechef/app-kit/react';
import type { LiveIndicatorState } from '@homechef/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

type Order = RouterOutputs['orders']['byId'];

/**
 * Keeps the order's cached copy live: each status change from `orders.onStatus` goes into the
 * timeline at once, and the order is read again for what came with it (refunds, estimate,
 * actions). The stream starts after the last event the page has; on a reconnect the link
 * resumes it from the last event received, so nothing is missed or shown twice.
 */
export function useOrderLive(orderId: string, lastEventId: number | null): LiveIndicatorState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [input] = useState(() => ({
    orderId,
    lastEventId: lastEventId === null ? null : String(lastEventId),
  }));
  const queryKey = trpc.orders.byId.queryKey({ orderId });

  const subscription = useSubscription(
    trpc.orders.onStatus.subscriptionOptions(input, {
      onData: ({ data: event }) => {
        queryClient.setQueryData<Order>(queryKey, (order) =>
          !order || order.history.some((e) => e.id === event.id)
            ? order
            : {
                ...order,
                status: event.to,
                statusChangedAt: event.at,
                history: [...order.history, event],
              },
        );
        void queryClient.invalidateQueries({ queryKey });
      },
    }),
  );
  switch (subscription.status) {
    case 'pending':
      return 'live';
    case 'connecting':
      return subscription.error ? 'offline' : 'connecting';
    case 'error':
      return 'offline';
    default:
      return 'connecting';
  }
}
