'use client';

import { readApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { cartStore } from '../cart/cart-store.ts';
import { checkoutKey, dropCheckoutKey } from './checkout-key.ts';
import type { QuoteRequest } from './draft.ts';

const session = () => (typeof window === 'undefined' ? null : window.sessionStorage);

/**
 * Places the order and sends the browser to the payment page. One idempotency key per
 * attempt: pressing Pay again (a double click, a retry after a lost answer, coming back from
 * a declined card) with the same cart returns the same order instead of a second one.
 */
export function usePlaceOrder(kitchenId: string, onCartChanged: () => void) {
  const trpc = useTRPC();
  const placeOrder = useMutation(trpc.orders.place.mutationOptions());
  const queryClient = useQueryClient();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  async function place(request: QuoteRequest, fresh: boolean): Promise<void> {
    if (fresh) dropCheckoutKey(session(), kitchenId);
    const idempotencyKey = checkoutKey(session(), kitchenId, request);
    const placed = await placeOrder.mutateAsync({ ...request, idempotencyKey });
    cartStore.markPlaced(placed.orderId);
    if (placed.checkoutUrl) {
      window.location.assign(placed.checkoutUrl);
      return;
    }
    // No payment page: this attempt's order is paid already, or it lapsed unpaid.
    const order = await queryClient.fetchQuery(
      trpc.orders.byId.queryOptions({ orderId: placed.orderId }),
    );
    if (order.status === 'cancelled' && !fresh) return place(request, true);
    dropCheckoutKey(session(), kitchenId);
    router.push(`/orders/${placed.orderId}`);
  }

  function pay(request: QuoteRequest) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    place(request, false).catch((cause: unknown) => {
      const api = readApiError(cause);
      if (!api) {
        setError(
          'We couldn’t reach HomeChef. Check your connection and press Pay again: you won’t be charged twice.',
        );
      } else {
        setError(api.message);
        // The cart or the kitchen changed since the price was shown: show the new one.
        if (api.code === 'PRECONDITION_FAILED' || api.code === 'CONFLICT') onCartChanged();
        if (api.code === 'CONFLICT') dropCheckoutKey(session(), kitchenId);
      }
      setBusy(false);
      inFlight.current = false;
    });
    // On success the browser is leaving for the payment page or the order: it stays busy.
  }

  // Back from the payment page, the browser may show this page as it was left (busy).
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      inFlight.current = false;
      setBusy(false);
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  return { pay, busy, error };
}
