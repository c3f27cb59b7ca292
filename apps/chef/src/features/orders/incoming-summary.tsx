'use client';

import { EmptyState, QueryState, ReceiptIcon, Skeleton, buttonClasses } from '@homechef/ui';
import Link from 'next/link';
import { waitingCount } from './board.ts';
import { useBoardOrders } from './live.tsx';

/** The dashboard's glance at the board: how many orders wait and how many are cooking. */
export function IncomingOrdersSummary() {
  const { query, orders } = useBoardOrders();
  return (
    <QueryState
      query={query}
      loading={<Skeleton className="h-16" />}
      errorTitle="We couldn’t load your orders"
      isEmpty={() => orders.length === 0}
      empty={
        <EmptyState
          icon={<ReceiptIcon />}
          title="No open orders"
          description="Orders show up on your board the moment customers pay."
          action={
            <Link href="/orders" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
              Open the board
            </Link>
          }
        />
      }
    >
      {() => (
        <div className="space-y-3">
          <p className="text-sm text-stone-700">
            <span className="text-2xl font-semibold text-stone-900">{waitingCount(orders)}</span>{' '}
            waiting for you · {orders.length} open in all
          </p>
          <Link href="/orders" className={buttonClasses({ size: 'sm' })}>
            Open the board
          </Link>
        </div>
      )}
    </QueryState>
  );
}
