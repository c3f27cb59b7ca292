'use client';

import { useTRPC } from '@homechef/app-kit/react';
import type { RouterOutputs } from '@homechef/app-kit';
import { Card, QueryState, Skeleton, cn } from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';

type KitchenToday = RouterOutputs['orders']['kitchenToday'];

/** Meals taken against the caps, and what is left of each dish today. */
export function TodayPanel() {
  const trpc = useTRPC();
  const today = useQuery(trpc.orders.kitchenToday.queryOptions());
  return (
    <Card
      title="Today"
      description={today.data ? `${today.data.date} · ${today.data.timezone}` : undefined}
      data-testid="today-panel"
    >
      <QueryState
        query={today}
        loading={<Skeleton className="h-40" />}
        errorTitle="We couldn’t load today’s numbers"
      >
        {(data) => <TodayBody today={data} />}
      </QueryState>
    </Card>
  );
}

function TodayBody({ today }: { today: KitchenToday }) {
  return (
    <div className="space-y-5">
      <Meter label="Meals today" used={today.mealsToday} cap={today.maxMealsPerDay} />
      <Meter label="Meals this week" used={today.mealsThisWeek} cap={today.maxMealsPerWeek} />
      <div>
        <h3 className="text-sm font-semibold text-stone-800">Portions left</h3>
        {today.dishes.length === 0 ? (
          <p className="mt-1 text-sm text-stone-500">
            No dishes yet.{' '}
            <Link href="/menu" className="font-medium text-accent-ink underline">
              Add one
            </Link>
          </p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100 text-sm">
            {today.dishes.map((dish) => (
              <li key={dish.id} className="flex items-baseline justify-between gap-3 py-1.5">
                <span className={cn('min-w-0 truncate', !dish.isAvailable && 'text-stone-500')}>
                  {dish.name}
                </span>
                <span className="shrink-0 text-stone-600 tabular-nums">
                  {!dish.isAvailable
                    ? 'Off today'
                    : dish.dailyQuantity === null
                      ? `${dish.soldToday} sold`
                      : portionsLeft(dish.dailyQuantity, dish.soldToday)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function portionsLeft(daily: number, sold: number): string {
  const left = Math.max(0, daily - sold);
  return left === 0 ? 'Sold out' : `${left} of ${daily} left`;
}

function Meter({ label, used, cap }: { label: string; used: number; cap: number | null }) {
  const full = cap !== null && used >= cap;
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-stone-800">{label}</span>
        <span
          className={cn('tabular-nums', full ? 'font-semibold text-red-700' : 'text-stone-600')}
        >
          {cap === null ? `${used} · no cap` : `${used} of ${cap}`}
        </span>
      </div>
      {cap !== null && cap > 0 ? (
        <div
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={cap}
          aria-valuenow={Math.min(used, cap)}
          className="mt-1.5 h-2 overflow-hidden rounded-full bg-stone-100"
        >
          <div
            className={cn('h-full rounded-full', full ? 'bg-red-500' : 'bg-accent')}
            style={{ width: `${Math.min(100, (used / cap) * 100)}%` }}
          />
        </div>
      ) : null}
    </div>
  );
}
