'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Badge,
  Card,
  ChoiceChips,
  EmptyState,
  formatDateTime,
  formatPrice,
  PageHeader,
  QueryState,
  Skeleton,
  WalletIcon,
  cn,
} from '@homechef/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { formatDuration, shiftEnding, shiftSpan } from './shifts.ts';

type Earnings = RouterOutputs['drivers']['earnings'];
type Delivery = Earnings['deliveries'][number];
type Shift = Earnings['shifts'][number];

const RANGES = ['7', '28', '90'] as const;
type Range = (typeof RANGES)[number];

/** The browser's own time zone, so a late delivery counts on the driver's day. */
const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const TRANSFER_LABELS: Record<NonNullable<Delivery['transfer']>['status'], string> = {
  pending: 'Transfer pending',
  paid: 'Paid to your account',
  failed: 'Transfer failed',
  reversed: 'Taken back: refund for a failed delivery',
};

/** `/earnings`: delivery fees and tips per week and per shift, and every delivery with its transfer. */
export function DriverEarningsView() {
  const trpc = useTRPC();
  const [days, setDays] = useState(28);
  const earnings = useQuery(
    trpc.drivers.earnings.queryOptions(
      { days, timeZone: timeZone() },
      { placeholderData: keepPreviousData },
    ),
  );
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader
        eyebrow="Driver"
        title="Earnings"
        description="You keep every delivery fee and tip. Each is sent to your Stripe account when you deliver. Only a refund for a failed delivery takes your part back."
      />
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
      <QueryState
        query={earnings}
        loading={<Skeleton className="h-80 rounded-2xl" />}
        errorTitle="We couldn’t load your earnings"
        isEmpty={(data) => data.total.deliveries === 0}
        empty={
          <EmptyState
            icon={<WalletIcon />}
            title="No deliveries yet"
            description={`Nothing delivered in the last ${days} days. Go online from the home screen to get offers.`}
            action={
              <Link href="/" className="font-medium text-accent underline">
                Go to the home screen
              </Link>
            }
          />
        }
      >
        {(data) => (
          <div className={cn('space-y-6', earnings.isPlaceholderData && 'opacity-60')}>
            <dl className="grid grid-cols-3 gap-3" data-testid="earnings-total">
              <Figure label="Deliveries" value={String(data.total.deliveries)} />
              <Figure label="Earned" value={formatPrice(data.total.totalCents, data.currency)} />
              <Figure label="Tips" value={formatPrice(data.total.tipCents, data.currency)} />
            </dl>
            <Card title="Per week">
              <ul className="divide-y divide-stone-100">
                {data.weeks.map((week) => (
                  <li key={week.weekOf} className="flex justify-between py-2 text-sm">
                    <span className="text-stone-700">
                      Week of {formatDay(week.weekOf)} · {week.deliveries}{' '}
                      {week.deliveries === 1 ? 'delivery' : 'deliveries'}
                    </span>
                    <span className="font-semibold text-stone-900 tabular-nums">
                      {formatPrice(week.totalCents, data.currency)}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
            <Card title="Shifts" description="Deliveries made between going online and offline.">
              {data.shifts.length === 0 ? (
                <p className="py-2 text-sm text-stone-600">No shifts recorded in this period.</p>
              ) : (
                <ul className="divide-y divide-stone-100" data-testid="earnings-shifts">
                  {data.shifts.map((shift) => (
                    <ShiftRow key={shift.id} shift={shift} currency={data.currency} />
                  ))}
                </ul>
              )}
            </Card>
            <Card title="Deliveries">
              <ul className="divide-y divide-stone-100" data-testid="earnings-deliveries">
                {data.deliveries.map((d) => (
                  <DeliveryRow key={d.orderId} delivery={d} currency={data.currency} />
                ))}
              </ul>
            </Card>
          </div>
        )}
      </QueryState>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-2xl bg-white p-3 text-center ring-1 ring-stone-200">
      <dt className="text-xs text-stone-600">{label}</dt>
      <dd className="text-lg font-semibold text-stone-900 tabular-nums">{value}</dd>
    </div>
  );
}

function ShiftRow({ shift, currency }: { shift: Shift; currency: string }) {
  const ending = shiftEnding(shift.endedReason);
  return (
    <li className="flex items-start justify-between gap-3 py-3" data-testid="earnings-shift">
      <div className="min-w-0">
        <p className="font-medium text-stone-900">{shiftSpan(shift.startedAt, shift.endedAt)}</p>
        <p className="text-sm text-stone-600">
          {formatDuration(shift.startedAt, shift.endedAt ?? new Date())} · {shift.deliveries}{' '}
          {shift.deliveries === 1 ? 'delivery' : 'deliveries'}
          {ending ? ` · ${ending}` : ''}
        </p>
        {shift.endedAt ? null : <Badge tone="success">On shift now</Badge>}
      </div>
      <p className="shrink-0 text-right font-semibold text-stone-900 tabular-nums">
        {formatPrice(shift.totalCents, currency)}
      </p>
    </li>
  );
}

function DeliveryRow({ delivery, currency }: { delivery: Delivery; currency: string }) {
  const code = delivery.orderId.replaceAll('-', '').slice(0, 6).toUpperCase();
  return (
    <li className="space-y-1 py-3" data-testid="earnings-delivery">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-stone-900">
            {delivery.kitchenName} <span className="text-stone-600">#{code}</span>
          </p>
          <p className="text-sm text-stone-600">
            To {delivery.dropoffArea} · {formatDateTime(delivery.deliveredAt)}
          </p>
        </div>
        <p className="text-right font-semibold text-stone-900 tabular-nums">
          {formatPrice(delivery.totalCents, currency)}
          <span className="block text-xs font-normal text-stone-600">
            fee {formatPrice(delivery.deliveryFeeCents, currency)} · tip{' '}
            {formatPrice(delivery.tipCents, currency)}
            {delivery.reversedCents > 0
              ? ` · −${formatPrice(delivery.reversedCents, currency)} refunded`
              : ''}
          </span>
        </p>
      </div>
      {delivery.transfer ? (
        <Badge tone={delivery.transfer.status === 'paid' ? 'success' : 'warning'}>
          {TRANSFER_LABELS[delivery.transfer.status]}
        </Badge>
      ) : (
        <Badge tone="warning">Set up payouts to be paid</Badge>
      )}
    </li>
  );
}

function formatDay(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
