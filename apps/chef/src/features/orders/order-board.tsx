'use client';

import {
  Alert,
  Badge,
  BikeIcon,
  ClockIcon,
  EmptyState,
  LiveIndicator,
  PageHeader,
  QueryState,
  ReceiptIcon,
  Skeleton,
  Switch,
  buttonClasses,
  cn,
  formatPrice,
} from '@homechef/ui';
import { ORDER_STATUS_LABELS } from '@homechef/validators';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useKitchen } from '../kitchen/use-kitchen.ts';
import { chefActionsFor, OrderActionButtons } from './actions.tsx';
import {
  COLUMNS,
  driverLine,
  formatMinutes,
  groupByColumn,
  type BoardDriver,
  type BoardOrder,
  type ColumnId,
} from './board.ts';
import { useBoardOrders, useKitchenDrivers, useKitchenLive } from './live.tsx';
import { TodayPanel } from './today-panel.tsx';

/** The current time, ticking every `everyMs` so "4 min ago" stays true. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

const LIVE_LABELS = {
  live: 'Live: new orders appear by themselves',
  connecting: 'Connecting to live orders…',
  offline: 'Offline: reconnecting…',
} as const;

/** `/orders`: the kitchen's live order board, with today's portions and caps beside it. */
export function OrderBoard() {
  const { query, orders } = useBoardOrders();
  const live = useKitchenLive();
  const kitchen = useKitchen();
  const now = useNow();
  const approved = kitchen.data?.verificationStatus === 'approved';

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Kitchen"
        title="Orders"
        description="Paid orders arrive here live. Accept them with a preparation time, then move them along."
        actions={
          <div className="flex flex-wrap items-center gap-4">
            <LiveIndicator
              data-testid="board-live"
              state={live.state}
              label={LIVE_LABELS[live.state]}
            />
            <Switch
              checked={live.soundOn}
              onChange={live.setSoundOn}
              label="Sound for new orders"
            />
          </div>
        }
      />
      {kitchen.data !== undefined && !approved ? (
        <Alert tone="info" title="Orders start once your kitchen is approved">
          Customers can order from you when your application is approved and payouts are set up.{' '}
          <Link href="/" className="font-medium underline">
            See what is missing
          </Link>
        </Alert>
      ) : null}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <QueryState
          query={query}
          loading={<BoardSkeleton />}
          errorTitle="We couldn’t load your orders"
        >
          {() => <Columns orders={orders} now={now} />}
        </QueryState>
        <TodayPanel />
      </div>
    </div>
  );
}

function Columns({ orders, now }: { orders: BoardOrder[]; now: number }) {
  const groups = groupByColumn(orders, now);
  const drivers = useKitchenDrivers();
  return (
    <div className="space-y-6">
      {orders.length === 0 ? (
        <EmptyState
          icon={<ReceiptIcon />}
          title="No open orders"
          description="When a customer pays, the order shows up here with a sound, without reloading."
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 2xl:grid-cols-4">
        {COLUMNS.map((column) => (
          <Column
            key={column.id}
            id={column.id}
            title={column.title}
            empty={column.empty}
            orders={groups[column.id]}
            drivers={drivers}
            now={now}
          />
        ))}
      </div>
      <Column
        id="scheduled"
        title="Scheduled"
        empty="Orders for later today or another day wait here until an hour before their slot."
        orders={groups.scheduled}
        drivers={drivers}
        now={now}
        wide
      />
    </div>
  );
}

function Column({
  id,
  title,
  empty,
  orders,
  drivers,
  now,
  wide = false,
}: {
  id: ColumnId;
  title: string;
  empty: string;
  orders: BoardOrder[];
  drivers: ReadonlyMap<string, BoardDriver>;
  now: number;
  wide?: boolean;
}) {
  const headingId = `column-${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`column-${id}`}
      className="rounded-2xl border border-stone-200 bg-stone-100/60 p-3"
    >
      <h2
        id={headingId}
        className="flex items-center justify-between px-1 pb-2 text-sm font-semibold text-stone-700"
      >
        {title}
        <span className="rounded-full bg-white px-2 text-xs text-stone-600 ring-1 ring-stone-200">
          {orders.length}
        </span>
      </h2>
      {orders.length === 0 ? (
        <p className="px-1 pb-2 text-sm text-stone-500">{empty}</p>
      ) : (
        <ul className={cn('gap-3', wide ? 'grid sm:grid-cols-2 xl:grid-cols-3' : 'space-y-3')}>
          {orders.map((order) => (
            <li key={order.id}>
              <OrderCard order={order} driver={drivers.get(order.id)} now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const timeFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** The line of time a card shows: the slot, the estimate, or how long it has waited. */
function timing(order: BoardOrder, now: number): { text: string; late: boolean } {
  if (order.status === 'payment_confirmed') {
    if (order.scheduledFor)
      return { text: `For ${timeFormat.format(order.scheduledFor)}`, late: false };
    return { text: `Waiting ${formatMinutes(now - order.placedAt.getTime())}`, late: false };
  }
  if (order.estimatedReadyAt && (order.status === 'accepted' || order.status === 'preparing')) {
    const left = order.estimatedReadyAt.getTime() - now;
    return left >= 0
      ? { text: `Ready in ${formatMinutes(left)}`, late: false }
      : { text: `Late by ${formatMinutes(-left)}`, late: true };
  }
  if (order.status === 'assigned_to_driver') {
    return {
      text: `Driver assigned ${formatMinutes(now - order.statusChangedAt.getTime())} ago`,
      late: false,
    };
  }
  return { text: `Ready ${formatMinutes(now - order.statusChangedAt.getTime())} ago`, late: false };
}

function OrderCard({
  order,
  driver,
  now,
}: {
  order: BoardOrder;
  driver: BoardDriver | undefined;
  now: number;
}) {
  const { text, late } = timing(order, now);
  const placedMinutes = formatMinutes(now - order.placedAt.getTime());
  return (
    <article
      data-testid="order-card"
      data-code={order.shortCode}
      aria-label={`Order #${order.shortCode} from ${order.customerName}`}
      className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <Link
            href={`/orders/${order.id}`}
            className="font-mono text-base font-semibold text-stone-900 hover:underline"
          >
            #{order.shortCode}
          </Link>
          <p className="truncate text-sm text-stone-700">{order.customerName}</p>
        </div>
        <p className="text-right text-sm font-semibold text-stone-900 tabular-nums">
          {formatPrice(order.totalCents, order.currency)}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
        <span>
          {order.itemCount} item{order.itemCount === 1 ? '' : 's'}
        </span>
        <span aria-hidden="true">·</span>
        <span title={`Placed ${order.placedAt.toLocaleString('en-US')}`}>
          placed {placedMinutes} ago
        </span>
        {order.scheduledFor ? <Badge tone="info">Scheduled</Badge> : null}
        {order.status === 'assigned_to_driver' ? (
          <Badge tone="info">
            {driver?.arrivedAt ? 'Driver at the kitchen' : ORDER_STATUS_LABELS[order.status]}
          </Badge>
        ) : null}
      </div>
      <p
        className={cn(
          'flex items-center gap-1.5 text-sm font-medium',
          late ? 'text-red-700' : 'text-stone-800',
        )}
      >
        <ClockIcon aria-hidden="true" />
        {text}
      </p>
      {driver ? (
        <p
          data-testid="card-driver"
          className="flex items-center gap-1.5 text-sm text-stone-700"
          title={
            driver.positionAt
              ? `Driver last seen ${driver.positionAt.toLocaleTimeString('en-US')}`
              : undefined
          }
        >
          <BikeIcon aria-hidden="true" />
          {driverLine(driver)}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <OrderActionButtons order={order} actions={chefActionsFor(order.status)} />
        <Link
          href={`/orders/${order.id}`}
          className={buttonClasses({ variant: 'ghost', size: 'sm' })}
          aria-label={`Details of order #${order.shortCode}`}
        >
          Details
        </Link>
      </div>
    </article>
  );
}

function BoardSkeleton() {
  return (
    <div
      aria-busy="true"
      aria-label="Loading orders"
      className="grid gap-4 sm:grid-cols-2 2xl:grid-cols-4"
    >
      {COLUMNS.map((c) => (
        <Skeleton key={c.id} className="h-48 rounded-2xl" />
      ))}
    </div>
  );
}
