'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { Card, formatPrice, Skeleton } from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';

/** The dashboard's earnings card: this week so far, and the way to the whole list. */
export function EarningsSummary() {
  const trpc = useTRPC();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const earnings = useQuery(trpc.drivers.earnings.queryOptions({ days: 7, timeZone }));
  if (earnings.isError) return null; // No driver profile yet: the checklist says what to do.
  return (
    <Card title="Earnings">
      {earnings.isPending ? (
        <Skeleton className="h-12 rounded-xl" aria-label="Loading your earnings" />
      ) : (
        <div className="flex items-end justify-between gap-3">
          <p className="text-sm text-stone-600">
            Last 7 days · {earnings.data.total.deliveries}{' '}
            {earnings.data.total.deliveries === 1 ? 'delivery' : 'deliveries'}
            <span className="block text-2xl font-semibold text-stone-900 tabular-nums">
              {formatPrice(earnings.data.total.totalCents, earnings.data.currency)}
            </span>
          </p>
          <Link href="/earnings" className="text-sm font-medium text-accent underline">
            All earnings
          </Link>
        </div>
      )}
    </Card>
  );
}
