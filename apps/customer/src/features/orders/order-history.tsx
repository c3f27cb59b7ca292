'use client';

import { byCursor, describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Badge,
  Button,
  buttonClasses,
  cn,
  EmptyState,
  focusRing,
  formatPrice,
  PageHeader,
  QueryState,
  ReceiptIcon,
  SkeletonStack,
  StarIcon,
  useToast,
} from '@homechef/ui';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { cartStore, type CartKitchen, type NewCartItem } from '../cart/cart-store.ts';
import { ReplaceCartDialog } from '../cart/replace-cart-dialog.tsx';
import { openCart } from '../cart/use-cart.ts';
import { LoadMore } from '../page-parts.tsx';
import { LocalTime } from './local-time.tsx';
import { ORDERS_PAGE, statusLabel, statusTone } from './order-status.ts';
import { reorderItems } from './reorder.ts';

type Summary = RouterOutputs['orders']['list']['items'][number];

/** `/orders`: the customer's orders, newest first, with Reorder. */
export function OrderHistory() {
  const trpc = useTRPC();
  const orders = useInfiniteQuery(
    trpc.orders.list.infiniteQueryOptions({ limit: ORDERS_PAGE }, byCursor),
  );
  const reorder = useReorder();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader eyebrow="Orders" title="Your orders" />
      <QueryState
        query={orders}
        loading={
          <SkeletonStack
            label="Loading your orders"
            blocks={['h-24 rounded-2xl', 'h-24 rounded-2xl', 'h-24 rounded-2xl']}
            className="space-y-3"
          />
        }
        errorTitle="We couldn’t load your orders"
        isEmpty={(data) => data.pages[0]?.items.length === 0}
        empty={
          <EmptyState
            icon={<ReceiptIcon />}
            title="No orders yet"
            description="Your orders will be here, with their status and a way to order again."
            action={
              <Link href="/kitchens" className={buttonClasses()}>
                Find a kitchen
              </Link>
            }
          />
        }
      >
        {(data) => (
          <div className="space-y-4">
            <ul className="space-y-3" aria-label="Orders">
              {data.pages.flatMap((page) =>
                page.items.map((order) => (
                  <li key={order.id}>
                    <OrderRow
                      order={order}
                      onReorder={() => reorder.start(order)}
                      reordering={reorder.busy === order.id}
                    />
                  </li>
                )),
              )}
            </ul>
            <LoadMore query={orders} label="Load more orders" />
          </div>
        )}
      </QueryState>
      {reorder.dialog}
    </div>
  );
}

function OrderRow({
  order,
  onReorder,
  reordering,
}: {
  order: Summary;
  onReorder: () => void;
  reordering: boolean;
}) {
  return (
    <article
      data-testid="order-row"
      className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-5"
    >
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            href={`/orders/${order.id}`}
            className={cn('rounded font-semibold text-stone-900 hover:underline', focusRing)}
          >
            {order.chef.businessName}
            <span className="sr-only">, order {order.shortCode}</span>
          </Link>
          <Badge tone={statusTone(order.status)} data-status={order.status}>
            {statusLabel(order.status)}
          </Badge>
        </div>
        <p className="text-sm text-stone-600">
          <LocalTime date={order.placedAt} format="dateTime" /> · {order.itemCount}{' '}
          {order.itemCount === 1 ? 'dish' : 'dishes'} ·{' '}
          <span className="tabular-nums">{formatPrice(order.totalCents, order.currency)}</span>
        </p>
        <p className="text-xs text-stone-500">Order {order.shortCode}</p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        {order.status === 'delivered' && !order.reviewed ? (
          <Link
            href={`/orders/${order.id}#rate`}
            data-testid="rate-order"
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
          >
            <StarIcon aria-hidden="true" className="fill-amber-400 text-amber-500" />
            Rate<span className="sr-only"> your order from {order.chef.businessName}</span>
          </Link>
        ) : null}
        <Link
          href={`/orders/${order.id}`}
          className={buttonClasses({ variant: 'secondary', size: 'sm' })}
        >
          Details
        </Link>
        <Button size="sm" loading={reordering} onClick={onReorder}>
          Reorder<span className="sr-only"> from {order.chef.businessName}</span>
        </Button>
      </div>
    </article>
  );
}

/** Fills the cart from an order, asking first if it would replace another kitchen's cart. */
function useReorder() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState<{
    kitchen: CartKitchen;
    items: NewCartItem[];
    skipped: string[];
  } | null>(null);

  function fill(kitchen: CartKitchen, items: NewCartItem[], skipped: string[]) {
    cartStore.replace(kitchen, items);
    openCart();
    if (skipped.length) {
      toast({
        message: `Not on the menu now, so not added: ${skipped.join(', ')}.`,
        durationMs: 8000,
      });
    }
  }

  async function start(summary: Summary) {
    setBusy(summary.id);
    try {
      const [order, kitchen] = await Promise.all([
        queryClient.fetchQuery(trpc.orders.byId.queryOptions({ orderId: summary.id })),
        queryClient.fetchQuery(trpc.chefs.byId.queryOptions({ id: summary.chef.id })),
      ]);
      const { items, skipped } = reorderItems(order, kitchen);
      if (items.length === 0) {
        toast({ tone: 'error', message: 'None of these dishes are on the menu now.' });
        return;
      }
      const cartKitchen: CartKitchen = {
        id: kitchen.id,
        name: kitchen.businessName,
        currency: order.currency,
        // Where the customer last browsed, for a typed address at checkout.
        location: cartStore.get()?.location ?? null,
      };
      const current = cartStore.get();
      if (current && current.kitchenId !== kitchen.id) {
        setPending({ kitchen: cartKitchen, items, skipped });
        return;
      }
      fill(cartKitchen, items, skipped);
    } catch (error) {
      toast({ tone: 'error', message: describeApiError(error).message });
    } finally {
      setBusy(null);
    }
  }

  const dialog = (
    <ReplaceCartDialog
      open={pending !== null}
      currentKitchen={cartStore.get()?.kitchenName ?? ''}
      newKitchen={pending?.kitchen.name ?? ''}
      onKeep={() => setPending(null)}
      onReplace={() => {
        if (pending) fill(pending.kitchen, pending.items, pending.skipped);
        setPending(null);
      }}
    />
  );
  return { start, busy, dialog };
}
