/**
 * The order timers. Each deadline is derived from rows that are already there (the status
 * and when it last changed, a refund's creation time), so nothing is scheduled in memory and a
 * restart loses nothing: the next sweep finds what fell due while the server was down. Every
 * action is a conditional transition, so several instances sweeping at once do each thing once.
 */
import { and, eq, lt } from 'drizzle-orm';
import { orders, type Order } from '@homechef/db';
import type { Services } from '../../context.ts';
import { checkoutLifetimeSeconds, closePaymentPage } from './place.ts';
import {
  processRefund,
  processReversal,
  requestRefund,
  stalledRefunds,
  stalledReversals,
} from './refunds.ts';
import { transitionOrder } from './transition.ts';

const SYSTEM = { role: 'system', userId: null } as const;
/** A refund still pending this long was interrupted (its request normally takes a second). */
const STALLED_REFUND_MS = 30_000;
/** Grace after the payment page's expiry for Stripe's own `checkout.session.expired`. */
const CHECKOUT_GRACE_MS = 60_000;

export interface SweepResult {
  rejected: number;
  cancelled: number;
  refunds: number;
  /** Drivers' transfer reversals sent (refunds they were at fault for). */
  reversals: number;
}

type TimerServices = Pick<Services, 'db' | 'payments' | 'orders' | 'outbox'>;

async function due(services: TimerServices, status: Order['status'], before: Date) {
  return services.db
    .select()
    .from(orders)
    .where(and(eq(orders.status, status), lt(orders.statusChangedAt, before)))
    .limit(100);
}

/** Rejects and refunds paid orders the kitchen left unanswered. */
async function rejectUnanswered(services: TimerServices, now: Date): Promise<string[]> {
  const limit = new Date(now.getTime() - services.orders.acceptTimeoutSeconds * 1000);
  const refundIds: string[] = [];
  for (const order of await due(services, 'payment_confirmed', limit)) {
    const refund = await services.db
      .transaction(async (tx) => {
        const reason = 'The kitchen did not answer in time';
        await transitionOrder(tx, {
          orderId: order.id,
          from: 'payment_confirmed',
          version: order.version,
          to: 'rejected',
          actor: SYSTEM,
          reason,
        });
        return requestRefund(tx, order, null, reason, null);
      })
      .catch(() => null); // Accepted (or rejected) meanwhile: nothing to do.
    if (refund) refundIds.push(refund);
  }
  return refundIds;
}

/** Cancels unpaid orders whose payment page has closed, releasing their portions. */
async function cancelAbandoned(services: TimerServices, now: Date): Promise<number> {
  const limit = new Date(
    now.getTime() - checkoutLifetimeSeconds(services.orders) * 1000 - CHECKOUT_GRACE_MS,
  );
  let cancelled = 0;
  for (const order of await due(services, 'pending', limit)) {
    if (order.stripeCheckoutSessionId) {
      // Paid (the webhook confirms it), or Stripe unreachable: the next sweep looks again.
      const page = await closePaymentPage(
        services.payments.stripe,
        order.stripeCheckoutSessionId,
      ).catch(() => 'unreachable' as const);
      if (page !== 'closed') continue;
    }
    const done = await services.db
      .transaction((tx) =>
        transitionOrder(tx, {
          orderId: order.id,
          from: 'pending',
          version: order.version,
          to: 'cancelled',
          actor: SYSTEM,
          reason: 'The payment page expired before payment',
        }),
      )
      .then(
        () => true,
        () => false,
      );
    if (done) cancelled += 1;
  }
  return cancelled;
}

export async function sweepOrders(services: TimerServices, now = new Date()): Promise<SweepResult> {
  const newRefunds = await rejectUnanswered(services, now);
  const cancelled = await cancelAbandoned(services, now);
  if (newRefunds.length || cancelled) services.outbox.kick();
  const refundIds = [...newRefunds, ...(await stalledRefunds(services.db, now, STALLED_REFUND_MS))];
  let refunds = 0;
  for (const id of new Set(refundIds)) {
    const outcome = await processRefund(services, id).catch(() => 'skipped' as const);
    if (outcome === 'succeeded') refunds += 1;
  }
  let reversals = 0;
  for (const id of await stalledReversals(services.db, now, STALLED_REFUND_MS)) {
    const outcome = await processReversal(services, id).catch(() => 'skipped' as const);
    if (outcome === 'paid') reversals += 1;
  }
  return { rejected: newRefunds.length, cancelled, refunds, reversals };
}
