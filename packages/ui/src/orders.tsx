import type { ElementType, ReactNode } from 'react';
import { Badge, type BadgeTone } from './badge.tsx';
import { cn } from './cn.ts';
import { BackLink } from './dialog-form.tsx';
import { formatPrice } from './kitchen.tsx';
import { QueryState, type QueryLike } from './query-state.tsx';
import { Skeleton } from './skeleton.tsx';

/** The colour of an order status wherever it is shown: waiting, working, done, or over. */
export function orderStatusTone(status: string): BadgeTone {
  switch (status) {
    case 'payment_confirmed':
      return 'warning';
    case 'accepted':
    case 'preparing':
      return 'accent';
    case 'ready_for_pickup':
    case 'assigned_to_driver':
    case 'picked_up':
    case 'in_transit':
      return 'info';
    case 'delivered':
      return 'success';
    case 'rejected':
    case 'cancelled':
    case 'refunded':
      return 'danger';
    default:
      return 'neutral';
  }
}

/** Status labels by status (the validators' `ORDER_STATUS_LABELS`). */
export type OrderStatusLabels = Readonly<Record<string, string>>;

export function OrderStatusBadge({
  status,
  labels,
}: {
  status: string;
  labels: OrderStatusLabels;
}) {
  return (
    <Badge tone={orderStatusTone(status)} data-status={status}>
      {labels[status] ?? status}
    </Badge>
  );
}

/** "Fri, Dec 4, 6:30 PM": a moment in an order's life. */
export function formatDateTime(date: Date): string {
  return date.toLocaleString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

export interface OrderLineData {
  id: string;
  name: string;
  quantity: number;
  lineTotalCents: number;
  notes: string | null;
  options: ReadonlyArray<{ group: string; name: string }>;
}

/** The dishes of an order with their chosen options and the customer's notes. */
export function OrderLineList({
  lines,
  currency,
  className,
}: {
  lines: ReadonlyArray<OrderLineData>;
  currency: string;
  className?: string;
}) {
  return (
    <ul className={cn('divide-y divide-stone-100', className)}>
      {lines.map((line) => (
        <li key={line.id} className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
          <span className="grid size-8 shrink-0 place-items-center rounded-lg bg-stone-100 text-sm font-semibold text-stone-800">
            {line.quantity}×
          </span>
          <div className="min-w-0 flex-1">
            <p className="font-medium text-stone-900">{line.name}</p>
            {line.options.length > 0 ? (
              <p className="text-sm text-stone-600">
                {line.options.map((o) => `${o.group}: ${o.name}`).join(' · ')}
              </p>
            ) : null}
            {line.notes ? (
              <p className="mt-1 rounded-lg bg-amber-50 px-2 py-1 text-sm text-amber-900">
                Note: {line.notes}
              </p>
            ) : null}
          </div>
          <span className="shrink-0 text-sm font-medium text-stone-900 tabular-nums">
            {formatPrice(line.lineTotalCents, currency)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface OrderEventData {
  id: number;
  to: string;
  at: Date;
  actorRole: string;
  reason: string | null;
}

const ACTORS: Record<string, string> = {
  customer: 'the customer',
  chef: 'the kitchen',
  driver: 'the driver',
  admin: 'an admin',
  system: 'HomeChef',
  stripe: 'the payment',
};

/** Every status an order went through, oldest first, with who moved it and why. */
export function OrderTimeline({
  events,
  labels,
  extra,
}: {
  events: ReadonlyArray<OrderEventData>;
  labels: OrderStatusLabels;
  /** Rendered under an event, e.g. the estimate after "accepted". */
  extra?: (event: OrderEventData) => ReactNode;
}) {
  return (
    <ol className="relative space-y-4 border-l border-stone-200 pl-5">
      {events.map((event, i) => (
        <li key={event.id} className="relative">
          <span
            aria-hidden="true"
            className={cn(
              'absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full ring-4 ring-white',
              i === events.length - 1 ? 'bg-accent' : 'bg-stone-300',
            )}
          />
          <p className="text-sm font-medium text-stone-900">{labels[event.to] ?? event.to}</p>
          <p className="text-xs text-stone-500">
            <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time> · by{' '}
            {ACTORS[event.actorRole] ?? event.actorRole}
          </p>
          {event.reason ? <p className="mt-1 text-sm text-stone-700">“{event.reason}”</p> : null}
          {extra?.(event)}
        </li>
      ))}
    </ol>
  );
}

export interface OrderTotalsData {
  subtotalCents: number;
  deliveryFeeCents: number;
  tipCents: number;
  platformFeeCents: number;
  totalCents: number;
  refundedCents: number;
  currency: string;
}

/** What the customer paid, line by line, with the platform's share of the food and refunds. */
export function OrderTotals({ order }: { order: OrderTotalsData }) {
  const money = (cents: number) => formatPrice(cents, order.currency);
  const rows: Array<[string, string]> = [
    ['Food', money(order.subtotalCents)],
    ['Delivery fee', money(order.deliveryFeeCents)],
    ['Tip', money(order.tipCents)],
  ];
  return (
    <dl className="space-y-1.5 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-4">
          <dt>{label}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
      <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 font-semibold text-stone-900">
        <dt>Charged</dt>
        <dd className="tabular-nums">{money(order.totalCents)}</dd>
      </div>
      <div className="flex justify-between gap-4 text-stone-500">
        <dt>Platform fee (15% of the food, included)</dt>
        <dd className="tabular-nums">{money(order.platformFeeCents)}</dd>
      </div>
      {order.refundedCents > 0 ? (
        <div className="flex justify-between gap-4 font-medium text-red-700">
          <dt>Refunded</dt>
          <dd className="tabular-nums">−{money(order.refundedCents)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** An order page: the way back to the list, then the order once it has loaded (or why not). */
export function OrderPageState<T>({
  query,
  linkComponent,
  children,
}: {
  query: QueryLike<T>;
  linkComponent?: ElementType;
  children: (order: T) => ReactNode;
}) {
  return (
    <div className="space-y-6">
      <BackLink href="/orders" linkComponent={linkComponent}>
        All orders
      </BackLink>
      <QueryState
        query={query}
        loading={<Skeleton className="h-96 rounded-2xl" />}
        errorTitle="We couldn’t load this order"
      >
        {children}
      </QueryState>
    </div>
  );
}
