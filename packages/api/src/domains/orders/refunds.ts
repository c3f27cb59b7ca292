/**
 * Refunds: the row is written first (in the transaction of the change that calls for it, with
 * `pending`), Stripe is asked after commit with the row's id as Idempotency-Key, and the
 * outcome is journaled in a second transaction. A crash in between leaves a pending row that
 * the order timers send again; Stripe answers the same refund.
 */
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import {
  ledgerEntries,
  orders,
  payments,
  refunds,
  type Database,
  type NewLedgerEntry,
  type Order,
  type Payment,
} from '@homechef/db';
import Stripe from 'stripe';
import type { Services } from '../../context.ts';
import { divideHalfUp } from './pricing.ts';

/** Refunds that count against the charge (a failed one gave nothing back). */
const LIVE_REFUNDS = ['pending', 'succeeded'] as const;

export async function paymentOf(db: Database, orderId: string): Promise<Payment | undefined> {
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId));
  return payment;
}

/** What has been, or is being, given back of an order's charge. */
export async function refundedCents(db: Database, orderId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${refunds.amountCents}), 0)::int` })
    .from(refunds)
    .where(and(eq(refunds.orderId, orderId), inArray(refunds.status, [...LIVE_REFUNDS])));
  return row?.total ?? 0;
}

/**
 * Writes a pending refund of `amountCents` (null: all that is left); call inside the
 * transaction of the change that calls for it, with the order row locked by that change.
 * Returns null when the order was never paid.
 */
export async function requestRefund(
  tx: Database,
  order: Pick<Order, 'id' | 'currency'>,
  amountCents: number | null,
  reason: string,
  createdByUserId: string | null,
): Promise<string | null> {
  const payment = await paymentOf(tx, order.id);
  if (!payment) return null;
  const [inFlight] = await tx
    .select({ id: refunds.id })
    .from(refunds)
    .where(and(eq(refunds.orderId, order.id), eq(refunds.status, 'pending')));
  if (inFlight) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'A refund of this order is in progress: try again in a moment',
    });
  }
  const left = payment.amountCents - (await refundedCents(tx, order.id));
  const amount = amountCents ?? left;
  if (left <= 0) throw new TRPCError({ code: 'CONFLICT', message: 'Nothing is left to refund' });
  if (amount > left) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `At most ${(left / 100).toFixed(2)} can still be refunded`,
    });
  }
  const id = randomUUID();
  await tx.insert(refunds).values({
    id,
    paymentId: payment.id,
    orderId: order.id,
    amountCents: amount,
    currency: order.currency,
    reason,
    status: 'pending',
    createdByUserId,
  });
  return id;
}

/**
 * How each refund of a charge divides between the kitchen and the platform, in the order
 * they were made. Stripe gives back the application fee in proportion to each refund
 * (`refund_application_fee`), rounded to the cent, and the refund that completes the charge
 * takes what is left of it; the kitchen bears the rest (`reverse_transfer`).
 */
export function refundSplits(
  chargedCents: number,
  applicationFeeCents: number,
  amounts: readonly number[],
): { chefCents: number; platformCents: number }[] {
  let refunded = 0;
  let feeRefunded = 0;
  return amounts.map((amount) => {
    if (amount <= 0 || refunded + amount > chargedCents)
      throw new RangeError('refund out of range');
    refunded += amount;
    const platformCents =
      refunded === chargedCents
        ? applicationFeeCents - feeRefunded
        : Math.min(
            applicationFeeCents - feeRefunded,
            divideHalfUp(amount * applicationFeeCents, chargedCents),
          );
    feeRefunded += platformCents;
    return { chefCents: amount - platformCents, platformCents };
  });
}

export type RefundOutcome = 'succeeded' | 'failed' | 'skipped';

/** Sends one pending refund to Stripe and journals it. Safe to call twice, or concurrently. */
export async function processRefund(
  services: Pick<Services, 'db' | 'payments'>,
  refundId: string,
): Promise<RefundOutcome> {
  const { db } = services;
  const [row] = await db
    .select({ refund: refunds, payment: payments })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .where(and(eq(refunds.id, refundId), eq(refunds.status, 'pending')));
  if (!row) return 'skipped';
  const { refund, payment } = row;

  let stripeRefund: Stripe.Refund;
  try {
    stripeRefund = await services.payments.stripe.refunds.create(
      {
        payment_intent: payment.stripePaymentIntentId,
        amount: refund.amountCents,
        reverse_transfer: true,
        refund_application_fee: true,
        reason: 'requested_by_customer',
        metadata: { orderId: refund.orderId, refundId: refund.id },
      },
      { idempotencyKey: `refund:${refund.id}` },
    );
  } catch (error) {
    // Stripe refused it for good (already refunded, amount too large): the row says so. A
    // network error or an outage leaves it pending for the next try.
    if (error instanceof Stripe.errors.StripeInvalidRequestError) {
      await db
        .update(refunds)
        .set({ status: 'failed', updatedAt: sql`now()` })
        .where(and(eq(refunds.id, refund.id), eq(refunds.status, 'pending')));
      return 'failed';
    }
    throw error;
  }

  await db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(eq(orders.id, refund.orderId))
      .for('update');
    const [done] = await tx
      .update(refunds)
      .set({ status: 'succeeded', stripeRefundId: stripeRefund.id, updatedAt: sql`now()` })
      .where(and(eq(refunds.id, refund.id), eq(refunds.status, 'pending')))
      .returning({ id: refunds.id });
    if (!done || !order) return;
    const history = await tx
      .select({ id: refunds.id, amountCents: refunds.amountCents })
      .from(refunds)
      .where(and(eq(refunds.orderId, order.id), eq(refunds.status, 'succeeded')))
      .orderBy(asc(refunds.createdAt), asc(refunds.id));
    const splits = refundSplits(
      payment.amountCents,
      payment.applicationFeeCents,
      history.map((r) => r.amountCents),
    );
    const split = splits[history.findIndex((r) => r.id === refund.id)];
    if (!split) throw new Error('refund missing from its own history');
    const group = randomUUID();
    const entry = {
      orderId: order.id,
      entryGroup: group,
      currency: refund.currency,
      stripeObjectId: stripeRefund.id,
    };
    const entries: NewLedgerEntry[] = [
      {
        ...entry,
        account: 'refund',
        amountCents: refund.amountCents,
        description: 'Refund to the customer',
      },
      {
        ...entry,
        account: 'chef_share',
        chefId: order.chefId,
        amountCents: -split.chefCents,
        description: 'Refund: the kitchen’s part (transfer reversed)',
      },
      {
        ...entry,
        account: 'platform_fee',
        amountCents: -split.platformCents,
        description: 'Refund: the platform’s part (application fee refunded)',
      },
    ];
    await tx.insert(ledgerEntries).values(entries.filter((e) => e.amountCents !== 0));
  });
  return 'succeeded';
}

/** Refunds still pending after `olderThanMs` (a crash or an outage interrupted them). */
export async function stalledRefunds(
  db: Database,
  now: Date,
  olderThanMs: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: refunds.id })
    .from(refunds)
    .where(
      and(
        eq(refunds.status, 'pending'),
        lt(refunds.createdAt, new Date(now.getTime() - olderThanMs)),
      ),
    )
    .limit(100);
  return rows.map((r) => r.id);
}
