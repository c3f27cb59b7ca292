'use client';

import { useTRPC } from '@homechef/app-kit/react';
import type { RouterOutputs } from '@homechef/app-kit';
import {
  Card,
  ChoiceChips,
  EmptyState,
  PageHeader,
  QueryState,
  Skeleton,
  WalletIcon,
  cn,
  formatPrice,
} from '@homechef/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

type Earnings = RouterOutputs['orders']['earnings'];
type Period = Earnings['total'];

const RANGES = ['7', '28', '90'] as const;
type Range = (typeof RANGES)[number];
export const DEFAULT_EARNINGS_DAYS = 28;

/** `/earnings`: what the kitchen made, per day and per week, from the journal. */
export function EarningsView() {
  const trpc = useTRPC();
  const [days, setDays] = useState<number>(DEFAULT_EARNINGS_DAYS);
  const earnings = useQuery(
    trpc.orders.earnings.queryOptions({ days }, { placeholderData: keepPreviousData }),
  );
  const [view, setView] = useState<'days' | 'weeks'>('weeks');
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Kitchen"
        title="Earnings"
        description="Food sold, the platform’s 15% fee, refunds, and what you keep. Stripe pays it out to your bank."
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ChoiceChips<Range>
          legend="Period"
          options={RANGES}
          value={[`${days}` as Range]}
          onChange={(next) => {
            const picked = next.find((v) => v !== `${days}`);
            if (picked) setDays(Number(picked));
          }}
          labelOf={(d) => `Last ${d} days`}
        />
        <ChoiceChips<'days' | 'weeks'>
          legend="Show"
          options={['weeks', 'days']}
          value={[view]}
          onChange={(next) => {
            const picked = next.find((v) => v !== view);
            if (picked) setView(picked);
          }}
          labelOf={(v) => (v === 'weeks' ? 'Per week' : 'Per day')}
        />
      </div>
      <QueryState
        query={earnings}
        loading={<Skeleton className="h-80 rounded-2xl" />}
        errorTitle="We couldn’t load your earnings"
        isEmpty={(data) => data.total.orders === 0 && data.total.refundedCents === 0}
        empty={
          <EmptyState
            icon={<WalletIcon />}
            title="No earnings yet"
            description={`Nothing sold in the last ${days} days. Your earnings appear here as soon as a customer pays for an order.`}
          />
        }
      >
        {(data) => (
          <div className={cn('space-y-6', earnings.isPlaceholderData && 'opacity-60')}>
            <Totals total={data.total} currency={data.currency} />
            <PeriodTable
              periods={(view === 'weeks' ? data.weeks : data.days).filter(
                (p) => p.orders > 0 || p.refundedCents > 0,
              )}
              total={data.total}
              currency={data.currency}
              by={view}
            />
          </div>
        )}
      </QueryState>
    </div>
  );
}

function Totals({ total, currency }: { total: Period; currency: string }) {
  const money = (cents: number) => formatPrice(cents, currency);
  const tiles: Array<[string, string, string?]> = [
    ['You keep', money(total.netCents), 'text-emerald-700'],
    ['Food sold', money(total.foodCents)],
    ['Platform fee', money(total.platformFeeCents)],
    ['Refunded', money(total.refundedCents)],
    ['Orders', String(total.orders)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="earnings-totals">
      {tiles.map(([label, value, tone]) => (
        <div key={label} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
          <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">{label}</dt>
          <dd className={cn('mt-1 text-xl font-semibold tabular-nums text-stone-900', tone)}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const dayLabel = (start: string) =>
  new Date(`${start}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

function PeriodTable({
  periods,
  total,
  currency,
  by,
}: {
  periods: Period[];
  total: Period;
  currency: string;
  by: 'days' | 'weeks';
}) {
  const money = (cents: number) => formatPrice(cents, currency);
  const cells = (p: Period) => [
    String(p.orders),
    money(p.foodCents),
    `−${money(p.platformFeeCents)}`,
    p.refundedCents ? `−${money(p.refundedCents)}` : money(0),
    money(p.netCents),
  ];
  return (
    <Card flush title={by === 'weeks' ? 'Per week' : 'Per day'}>
      <div className="overflow-x-auto">
        <table className="w-full text-right text-sm">
          <caption className="sr-only">Earnings {by === 'weeks' ? 'per week' : 'per day'}</caption>
          <thead className="border-y border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-500 uppercase">
            <tr>
              {[
                by === 'weeks' ? 'Week of' : 'Day',
                'Orders',
                'Food',
                'Platform fee',
                'Refunds',
                'You keep',
              ].map((column, i) => (
                <th
                  key={column}
                  scope="col"
                  className={cn('px-4 py-3 whitespace-nowrap sm:px-5', i === 0 && 'text-left')}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 tabular-nums">
            {periods.map((p) => (
              <tr key={p.start}>
                <th
                  scope="row"
                  className="px-4 py-2.5 text-left font-medium whitespace-nowrap sm:px-5"
                >
                  {dayLabel(p.start)}
                </th>
                {cells(p).map((value, i) => (
                  <td key={i} className="px-4 py-2.5 whitespace-nowrap sm:px-5">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-stone-200 font-semibold tabular-nums">
            <tr>
              <th scope="row" className="px-4 py-3 text-left sm:px-5">
                Total
              </th>
              {cells(total).map((value, i) => (
                <td key={i} className="px-4 py-3 whitespace-nowrap sm:px-5">
                  {value}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  );
}
