/**
 * Refunds: the row is written first (in the transaction of the change that calls for it, with
 * `pending`), Stripe is asked after commit with the row's id as Idempotency-Key, and the
 * outcome is journaled in a second transaction. A crash in between leaves a pending row that
 * the order timers send again; Stripe answers the same refund.
 *
 * A refund whose driver was at fault (an admin said the delivery itself failed) also takes the
 * driver's part back from their transfer: the journaling transaction writes a pending
 * `transfer_reversals` row, sent to Stripe after commit with `transfer_reversal:<refund id>` as
 * Idempotency-Key and journaled in a third transaction, retried by the same timers.
 */
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  orders,
  payments,
  refunds,
  transferReversals,
  transfers,
  type Database,
  type Order,
  type Payment,
  type Refund,
} from '@homechef/db';
import type { Services } from '../../context.ts';
import { journal, type JournalLine } from '../../shared/ledger.ts';
import { markRefused, markSent, stalledSends } from '../../shared/stripe-rows.ts';
import { REFUSED, unlessRefused } from '../../shared/stripe.ts';
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
  options: { driverAtFault?: boolean } = {},
): Promise<string | null> {
  const payment = await paymentOf(tx, order.id);
  if (!payment) return null;
  if (options.driverAtFault) {
    const [transfer] = await tx
      .select({ status: transfers.status })
      .from(transfers)
      .where(eq(transfers.orderId, order.id));
    if (!transfer || transfer.status === 'failed') {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'No driver was paid for this order, so none can give back their pay',
      });
    }
  }
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
    driverAtFault: options.driverAtFault ?? false,
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

  const stripeRefund = await unlessRefused(() =>
    services.payments.stripe.refunds.create(
      {
        payment_intent: payment.stripePaymentIntentId,
        amount: refund.amountCents,
        reverse_transfer: true,
        refund_application_fee: true,
        reason: 'requested_by_customer',
        metadata: { orderId: refund.orderId, refundId: refund.id },
      },
      { idempotencyKey: `refund:${refund.id}` },
    ),
  );
  if (stripeRefund === REFUSED) {
    // Refused for good (already refunded, amount too large): the row says so.
    await markRefused(db, refunds, refund.id);
    return 'failed';
  }

  await db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(eq(orders.id, refund.orderId))
      .for('update');
    const done = await markSent(tx, refunds, refund.id, {
      status: 'succeeded',
      stripeRefundId: stripeRefund.id,
    });
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
    const lines: JournalLine[] = [
      {
        account: 'refund',
        amountCents: refund.amountCents,
        description: 'Refund to the customer',
      },
      {
        account: 'chef_share',
        chefId: order.chefId,
        amountCents: -split.chefCents,
        description: 'Refund: the kitchen’s part (transfer reversed)',
      },
      {
        account: 'platform_fee',
        amountCents: -split.platformCents,
        description: 'Refund: the platform’s part (application fee refunded)',
      },
    ];
    await journal(
      tx,
      { orderId: order.id, currency: refund.currency, stripeObjectId: stripeRefund.id },
      lines.filter((line) => line.amountCents !== 0),
    );
    if (refund.driverAtFault) await requestReversal(tx, refund, payment.amountCents);
  });
  if (refund.driverAtFault) {
    // Stripe unreachable: the reversal stays pending for the order timers.
    await processReversal(services, refund.id).catch(() => 'skipped' as const);
  }
  return 'succeeded';
}

/**
 * The driver's part of the refunds they were at fault for, in total: the same fraction of
 * their transfer as those refunds are of the charge (half-up on the cent), so a full refund
 * takes back all of it and partial ones add up to the same.
 */
export function driverPartCents(
  chargedCents: number,
  transferredCents: number,
  atFaultRefundedCents: number,
): number {
  if (chargedCents <= 0) return 0;
  return Math.min(
    transferredCents,
    divideHalfUp(atFaultRefundedCents * transferredCents, chargedCents),
  );
}

/**
 * Writes the pending reversal of the driver's part of a succeeded at-fault refund, in the
 * transaction that journals it: what the at-fault refunds so far call for, less what earlier
 * reversals already take back. Nothing (the driver was never paid, or already gave it all).
 */
async function requestReversal(
  tx: Database,
  refund: Pick<Refund, 'id' | 'orderId' | 'currency'>,
  chargedCents: number,
): Promise<void> {
  const [transfer] = await tx
    .select()
    .from(transfers)
    .where(eq(transfers.orderId, refund.orderId))
    .for('update');
  if (!transfer || transfer.status === 'failed') return;
  const [atFault] = await tx
    .select({ total: sql<number>`coalesce(sum(${refunds.amountCents}), 0)::int` })
    .from(refunds)
    .where(
      and(
        eq(refunds.orderId, refund.orderId),
        eq(refunds.status, 'succeeded'),
        eq(refunds.driverAtFault, true),
      ),
    );
  const [reversed] = await tx
    .select({ total: sql<number>`coalesce(sum(${transferReversals.amountCents}), 0)::int` })
    .from(transferReversals)
    .where(
      and(
        eq(transferReversals.transferId, transfer.id),
        inArray(transferReversals.status, ['pending', 'paid']),
      ),
    );
  const amount =
    driverPartCents(chargedCents, transfer.amountCents, atFault?.total ?? 0) -
    (reversed?.total ?? 0);
  if (amount <= 0) return;
  await tx
    .insert(transferReversals)
    .values({
      transferId: transfer.id,
      refundId: refund.id,
      orderId: refund.orderId,
      driverId: transfer.driverId,
      amountCents: amount,
      currency: refund.currency,
      status: 'pending',
    })
    .onConflictDoNothing();
}

export type ReversalOutcome = 'paid' | 'failed' | 'skipped';

/**
 * Sends the pending reversal of a refund to Stripe and journals it (driver_share −amount,
 * platform_fee +amount). Waits (skipped) while the transfer itself is still pending; one that
 * never went out leaves nothing to take back (failed). Safe to call twice, or at once.
 */
export async function processReversal(
  services: Pick<Services, 'db' | 'payments'>,
  refundId: string,
): Promise<ReversalOutcome> {
  const { db } = services;
  const [row] = await db
    .select({ reversal: transferReversals, transfer: transfers })
    .from(transferReversals)
    .innerJoin(transfers, eq(transfers.id, transferReversals.transferId))
    .where(and(eq(transferReversals.refundId, refundId), eq(transferReversals.status, 'pending')));
  if (!row) return 'skipped';
  const { reversal, transfer } = row;
  const fail = async () => {
    await markRefused(db, transferReversals, reversal.id);
    return 'failed' as const;
  };
  if (transfer.status === 'pending') return 'skipped';
  const stripeTransferId = transfer.stripeTransferId;
  if (!stripeTransferId) return fail();

  const sent = await unlessRefused(() =>
    services.payments.stripe.transfers.createReversal(
      stripeTransferId,
      {
        amount: reversal.amountCents,
        metadata: { orderId: reversal.orderId, refundId, driverId: reversal.driverId },
      },
      { idempotencyKey: `transfer_reversal:${refundId}` },
    ),
  );
  // Refused for good (already reversed, the driver's balance cannot cover it): the driver
  // keeps it and the platform bears it, as without fault.
  if (sent === REFUSED) return fail();

  return db.transaction(async (tx) => {
    const done = await markSent(tx, transferReversals, reversal.id, {
      status: 'paid',
      stripeReversalId: sent.id,
    });
    if (!done) return 'skipped';
    await tx
      .update(transfers)
      .set({ status: 'reversed', updatedAt: sql`now()` })
      .where(
        and(
          eq(transfers.id, transfer.id),
          eq(transfers.status, 'paid'),
          sql`${transfers.amountCents} <= (select coalesce(sum(${transferReversals.amountCents}), 0) from ${transferReversals} where ${transferReversals.transferId} = ${transfer.id} and ${transferReversals.status} = 'paid')`,
        ),
      );
    await journal(
      tx,
      { orderId: reversal.orderId, currency: reversal.currency, stripeObjectId: sent.id },
      [
        {
          account: 'driver_share',
          driverId: reversal.driverId,
          amountCents: -reversal.amountCents,
          description: 'Refund: the driver’s part (transfer reversed, delivery at fault)',
        },
        {
          account: 'platform_fee',
          amountCents: reversal.amountCents,
          description: 'Refund: the driver’s part taken back from their transfer',
        },
      ],
    );
    return 'paid';
  });
}

/** Refunds still pending after `olderThanMs` (a crash or an outage interrupted them). */
export function stalledRefunds(db: Database, now: Date, olderThanMs: number): Promise<string[]> {
  return stalledSends(db, refunds, refunds.id, new Date(now.getTime() - olderThanMs), 100);
}

/** Refunds whose driver reversal is still pending after `olderThanMs`. */
export function stalledReversals(db: Database, now: Date, olderThanMs: number): Promise<string[]> {
  const before = new Date(now.getTime() - olderThanMs);
  return stalledSends(db, transferReversals, transferReversals.refundId, before, 100);
}
