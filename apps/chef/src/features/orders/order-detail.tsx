'use client';

import { useTRPC } from '@homechef/app-kit/react';
import type { RouterOutputs } from '@homechef/app-kit';
import {
  OrderPageState,
  Card,
  DetailList,
  OrderLineList,
  OrderStatusBadge,
  OrderTimeline,
  OrderTotals,
  PageHeader,
  formatDateTime,
} from '@homechef/ui';
import { ORDER_STATUS_LABELS } from '@homechef/validators';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { OrderActionButtons } from './actions.tsx';
import { formatMinutes } from './board.ts';
import { useNow } from './order-board.tsx';

type Order = RouterOutputs['orders']['byId'];

/** `/orders/<id>`: one order as the kitchen cooks it, kept current by the live board stream. */
export function OrderDetail({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const order = useQuery(trpc.orders.byId.queryOptions({ orderId }));
  return (
    <OrderPageState query={order} linkComponent={Link}>
      {(data) => <OrderView order={data} />}
    </OrderPageState>
  );
}

function OrderView({ order }: { order: Order }) {
  const now = useNow();
  const estimate =
    order.estimatedReadyAt && (order.status === 'accepted' || order.status === 'preparing')
      ? order.estimatedReadyAt.getTime() >= now
        ? `${formatDateTime(order.estimatedReadyAt)} (in ${formatMinutes(order.estimatedReadyAt.getTime() - now)})`
        : `${formatDateTime(order.estimatedReadyAt)} (late by ${formatMinutes(now - order.estimatedReadyAt.getTime())})`
      : order.estimatedReadyAt
        ? formatDateTime(order.estimatedReadyAt)
        : null;
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={`Order #${order.shortCode}`}
        title={order.customerName}
        description={`${order.itemCount} item${order.itemCount === 1 ? '' : 's'} · placed ${formatDateTime(order.placedAt)}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <OrderStatusBadge status={order.status} labels={ORDER_STATUS_LABELS} />
            <OrderActionButtons order={order} actions={order.actions} size="md" />
          </div>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Dishes">
            <OrderLineList lines={order.lines} currency={order.currency} />
            {order.notes ? (
              <p className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
                Order note: {order.notes}
              </p>
            ) : null}
          </Card>
          <Card title="Timing and delivery">
            <DetailList
              rows={[
                [
                  'Wanted',
                  order.scheduledFor ? formatDateTime(order.scheduledFor) : 'As soon as possible',
                ],
                ['Ready by', estimate],
                [
                  'Deliver to',
                  `${order.delivery.line1}${order.delivery.line2 ? `, ${order.delivery.line2}` : ''}, ${order.delivery.city} ${order.delivery.postalCode}`,
                ],
                ['Instructions', order.delivery.instructions],
              ]}
            />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Payment">
            <OrderTotals order={order} />
          </Card>
          <Card title="Timeline">
            <OrderTimeline events={order.history} labels={ORDER_STATUS_LABELS} />
          </Card>
        </div>
      </div>
    </div>
  );
}
