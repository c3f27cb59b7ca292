'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { DeliveryPhoto, useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Badge,
  Button,
  buttonClasses,
  Card,
  cn,
  Dialog,
  formatPrice,
  LiveIndicator,
  QueryState,
  SkeletonStack,
  Spinner,
  useToast,
} from '@homechef/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { cartStore } from '../cart/cart-store.ts';
import { BackLink } from '../page-parts.tsx';
import { OrderReview } from '../reviews/review-card.tsx';
import { LocalTime } from './local-time.tsx';
import { PriceBreakdown } from './price-breakdown.tsx';
import { awaitsDelivery, isOver, statusLabel, timeline, wasPaid } from './order-status.ts';
import { DriverTracking } from './driver-tracking.tsx';
import { isTracked } from './eta.ts';
import { useOrderLive } from './use-order-live.ts';

type Order = RouterOutputs['orders']['byId'];

/** `/orders/<id>`: where the order stands, live, and what the customer may do about it. */
export function OrderPage({
  orderId,
  returnedPaid,
  tileUrl,
}: {
  orderId: string;
  returnedPaid: boolean;
  /** Map tiles for the driver's map (MAP_TILE_URL), or null for none. */
  tileUrl: string | null;
}) {
  const trpc = useTRPC();
  const order = useQuery({
    ...trpc.orders.byId.queryOptions({ orderId }),
    // A refund is settled by Stripe a moment after it is asked for: look again until it is.
    refetchInterval: (query) =>
      query.state.data?.refunds.some((r) => r.status === 'pending') ? 3000 : false,
  });
  return (
    <div className="space-y-6">
      <BackLink href="/orders">Your orders</BackLink>
      <QueryState
        query={order}
        loading={
          <SkeletonStack
            label="Loading your order"
            blocks={['h-24 rounded-2xl', 'h-64 rounded-2xl']}
          />
        }
        errorTitle="We couldn’t load this order"
      >
        {(data) => <OrderDetails order={data} returnedPaid={returnedPaid} tileUrl={tileUrl} />}
      </QueryState>
    </div>
  );
}

function OrderDetails({
  order,
  returnedPaid,
  tileUrl,
}: {
  order: Order;
  returnedPaid: boolean;
  tileUrl: string | null;
}) {
  const live = useOrderLive(order.id, order.history.at(-1)?.id ?? null);
  const paid = wasPaid(order.history);
  useEffect(() => {
    if (paid) cartStore.orderPaid(order.id);
  }, [paid, order.id]);

  return (
    <>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">
            Order {order.shortCode}
          </p>
          <h1
            className="mt-1 text-3xl font-bold tracking-tight text-stone-900"
            data-testid="order-status"
            data-status={order.status}
          >
            {statusLabel(order.status)}
          </h1>
          <p className="mt-1 text-stone-600">
            From{' '}
            <Link
              href={`/kitchens/${order.chef.id}`}
              className="font-medium text-stone-900 underline-offset-2 hover:underline"
            >
              {order.chef.businessName}
            </Link>{' '}
            · placed <LocalTime date={order.placedAt} format="dateTime" />
          </p>
        </div>
        <LiveIndicator
          state={live}
          label={
            live === 'live'
              ? 'Live updates'
              : live === 'offline'
                ? 'Offline · reconnecting…'
                : 'Connecting…'
          }
        />
      </header>

      <PaymentNotice order={order} returnedPaid={returnedPaid} />
      <Estimate order={order} />

      <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          {isTracked(order.status) ? <DriverTracking order={order} tileUrl={tileUrl} /> : null}
          {order.leftAtDoor ? <DeliveryPhoto orderId={order.id} /> : null}
          <Card title="Timeline">
            <Timeline order={order} />
          </Card>
          <Card title="Delivery">
            <div className="space-y-1 text-sm text-stone-700">
              <p className="font-medium text-stone-900">{order.delivery.line1}</p>
              <p>
                {[order.delivery.line2, order.delivery.city, order.delivery.postalCode]
                  .filter(Boolean)
                  .join(', ')}
              </p>
              {order.delivery.instructions ? (
                <p className="text-stone-500">“{order.delivery.instructions}”</p>
              ) : null}
            </div>
            {order.deliveryCode && awaitsDelivery(order.status) ? (
              <p className="mt-4 text-sm text-stone-700" data-testid="delivery-code">
                Tell your driver this code at the door:{' '}
                <span className="font-mono text-lg font-semibold tracking-widest text-stone-900">
                  {order.deliveryCode}
                </span>
              </p>
            ) : null}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Your order">
            <div className="space-y-4">
              <ul aria-label="Dishes" className="space-y-3 text-sm">
                {order.lines.map((line) => (
                  <li key={line.id} className="flex items-start justify-between gap-3">
                    <div className="min-w-0">
                      <p className="font-medium text-stone-900">
                        {line.quantity} × {line.name}
                      </p>
                      {line.options.length ? (
                        <p className="text-stone-600">
                          {line.options.map((o) => o.name).join(', ')}
                        </p>
                      ) : null}
                      {line.notes ? <p className="text-stone-500 italic">“{line.notes}”</p> : null}
                    </div>
                    <span className="shrink-0 tabular-nums">
                      {formatPrice(line.lineTotalCents, order.currency)}
                    </span>
                  </li>
                ))}
              </ul>
              <div className="border-t border-stone-100 pt-4">
                <PriceBreakdown prices={order} refundedCents={order.refundedCents} />
              </div>
            </div>
          </Card>
          <div id="rate" className="scroll-mt-24">
            <OrderReview order={order} />
          </div>
          <Refunds order={order} />
          {order.actions.includes('cancel') ? <CancelOrder order={order} paid={paid} /> : null}
        </div>
      </div>
    </>
  );
}

function PaymentNotice({ order, returnedPaid }: { order: Order; returnedPaid: boolean }) {
  if (order.status !== 'pending') return null;
  const payNow = order.actions.includes('pay') && order.checkoutUrl;
  if (returnedPaid) {
    return (
      <Alert tone="info" title="Waiting for payment confirmation">
        <p className="flex items-center gap-2">
          <Spinner className="size-4" /> Stripe is confirming your payment. This page updates by
          itself in a moment.
        </p>
      </Alert>
    );
  }
  return (
    <div className="space-y-3">
      <Alert tone="error" title="Payment not completed">
        The payment page was closed or the card was declined, so nothing was charged. Your cart is
        still saved.
      </Alert>
      <div className="flex flex-wrap gap-2">
        {payNow ? (
          <a href={order.checkoutUrl ?? undefined} className={buttonClasses({ size: 'sm' })}>
            Pay now · {formatPrice(order.totalCents, order.currency)}
          </a>
        ) : null}
        <Link
          href={`/checkout/${order.chef.id}`}
          className={buttonClasses({ size: 'sm', variant: 'secondary' })}
        >
          Back to checkout
        </Link>
      </div>
    </div>
  );
}

function Estimate({ order }: { order: Order }) {
  if (isOver(order.status)) return null;
  const text = order.estimatedReadyAt ? (
    <>
      The kitchen expects it ready at <LocalTime date={order.estimatedReadyAt} format="time" />.
    </>
  ) : order.scheduledFor ? (
    <>
      Scheduled for <LocalTime date={order.scheduledFor} format="dateTime" />.
    </>
  ) : order.status === 'payment_confirmed' ? (
    'The kitchen will confirm and give a time shortly.'
  ) : null;
  if (!text) return null;
  return (
    <p
      data-testid="estimate"
      className="rounded-xl bg-accent-soft px-4 py-3 text-sm font-medium text-accent-ink"
    >
      {text}
    </p>
  );
}

function Timeline({ order }: { order: Order }) {
  const steps = timeline(order.status, order.history);
  return (
    <ol className="space-y-0" data-testid="timeline">
      {steps.map((step, i) => {
        const done = step.kind === 'done';
        const status = done ? step.event.to : step.status;
        const current = done && step.current;
        return (
          <li
            key={done ? `e${step.event.id}` : `n${status}`}
            aria-current={current ? 'step' : undefined}
            className="relative flex gap-3 pb-5 last:pb-0"
          >
            {i < steps.length - 1 ? (
              <span
                aria-hidden="true"
                className={cn(
                  'absolute top-4 left-[7px] h-full w-0.5',
                  done ? 'bg-accent/40' : 'bg-stone-200',
                )}
              />
            ) : null}
            <span
              aria-hidden="true"
              className={cn(
                'relative mt-1 size-4 shrink-0 rounded-full border-2',
                current
                  ? 'border-accent bg-accent'
                  : done
                    ? 'border-accent bg-white'
                    : 'border-stone-300 bg-white',
              )}
            />
            <div className="min-w-0 text-sm">
              <p className={cn('font-medium', done ? 'text-stone-900' : 'text-stone-500')}>
                {statusLabel(status)}
                {done ? null : <span className="sr-only"> (to come)</span>}
              </p>
              {done ? (
                <p className="text-stone-500">
                  <LocalTime date={step.event.at} format="dateTime" />
                  {step.event.reason ? ` · ${step.event.reason}` : null}
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

const REFUND_STATUS: Record<string, string> = {
  pending: 'On its way',
  succeeded: 'Refunded',
  failed: 'Failed: we are looking into it',
};

function Refunds({ order }: { order: Order }) {
  if (order.refunds.length === 0) return null;
  return (
    <Card title="Refunds">
      <ul className="-my-3 divide-y divide-stone-100 text-sm" data-testid="refunds">
        {order.refunds.map((refund) => (
          <li key={refund.id} className="flex items-start justify-between gap-3 py-3 last:pb-0">
            <div className="min-w-0">
              <p className="font-medium text-stone-900">
                {formatPrice(refund.amountCents, order.currency)} to your card
              </p>
              <p className="text-stone-500">
                <LocalTime date={refund.createdAt} format="dateTime" />
                {refund.reason ? ` · ${refund.reason}` : null}
              </p>
            </div>
            <Badge tone={refund.status === 'succeeded' ? 'success' : 'warning'}>
              {REFUND_STATUS[refund.status] ?? refund.status}
            </Badge>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function CancelOrder({ order, paid }: { order: Order; paid: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        toast({
          tone: 'success',
          message: paid
            ? `Order cancelled. ${formatPrice(order.totalCents, order.currency)} is on its way back to your card.`
            : 'Order cancelled. Nothing was charged.',
        });
        await queryClient.invalidateQueries({
          queryKey: trpc.orders.byId.queryKey({ orderId: order.id }),
        });
      },
    }),
  );
  return (
    <div className="rounded-2xl border border-stone-200 bg-white p-5 sm:p-6">
      <p className="text-sm text-stone-600">
        {paid
          ? 'You can cancel until the kitchen accepts your order, with a full refund.'
          : 'Changed your mind? Cancel before paying.'}
      </p>
      <Button
        variant="secondary"
        className="mt-3 w-full"
        onClick={() => {
          cancel.reset();
          setOpen(true);
        }}
      >
        Cancel order
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Cancel this order?"
        description={`Order ${order.shortCode} from ${order.chef.businessName}`}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep my order
            </Button>
            <Button
              variant="danger"
              loading={cancel.isPending}
              onClick={() => cancel.mutate({ orderId: order.id })}
            >
              Cancel order
            </Button>
          </>
        }
      >
        {cancel.isError ? (
          <Alert tone="error">{describeApiError(cancel.error).message}</Alert>
        ) : (
          <p className="text-sm text-stone-600">
            {paid
              ? `The kitchen won’t cook it, and you get a full refund of ${formatPrice(order.totalCents, order.currency)} to your card.`
              : 'Nothing has been charged for this order.'}
          </p>
        )}
      </Dialog>
    </div>
  );
}
