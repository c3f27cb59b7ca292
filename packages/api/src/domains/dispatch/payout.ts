/**
 * The driver's pay on delivery: delivery fee + tip, transferred from the platform's share of
 * the order's charge (`source_transaction`) to the driver's Express account. As with refunds,
 * the row is written `pending` in the delivering transaction, Stripe is asked after commit with
 * `transfer:<order id>` as Idempotency-Key, and the outcome is journaled in a second
 * transaction (platform_fee −amount, driver_share +amount), so
 * charged = chef share + driver share + platform fee + refunded still holds.
 */
import { and, eq } from 'drizzle-orm';
import { payments, transfers, type Database, type Order } from '@homechef/db';
import type { Services } from '../../context.ts';
import { journal } from '../../shared/ledger.ts';
import { markRefused, markSent, stalledSends } from '../../shared/stripe-rows.ts';
import { REFUSED, unlessRefused } from '../../shared/stripe.ts';

type PayoutServices = Pick<Services, 'db' | 'payments'>;

/** A transfer still pending this long was interrupted (its request normally takes a second). */
const STALLED_TRANSFER_MS = 30_000;

/**
 * Writes the pending transfer for a delivered order, inside the delivering transaction.
 * Nothing to pay (no fee, no tip) or no Express account yet: returns false.
 */
export async function requestTransfer(
  tx: Database,
  order: Pick<Order, 'id' | 'deliveryFeeCents' | 'tipCents' | 'currency'>,
  driver: { id: string; stripeAccountId: string | null },
): Promise<boolean> {
  const amount = order.deliveryFeeCents + order.tipCents;
  if (amount <= 0 || !driver.stripeAccountId) return false;
  const rows = await tx
    .insert(transfers)
    .values({
      orderId: order.id,
      driverId: driver.id,
      destinationAccountId: driver.stripeAccountId,
      amountCents: amount,
      currency: order.currency,
      status: 'pending',
    })
    .onConflictDoNothing()
    .returning({ id: transfers.id });
  return rows.length > 0;
}

export type TransferOutcome = 'paid' | 'failed' | 'skipped';

/** Sends an order's pending transfer to Stripe and journals it. Safe to call twice, or at once. */
export async function processTransfer(
  services: PayoutServices,
  orderId: string,
): Promise<TransferOutcome> {
  const { db } = services;
  const [row] = await db
    .select({ transfer: transfers, payment: payments })
    .from(transfers)
    .innerJoin(payments, eq(payments.orderId, transfers.orderId))
    .where(and(eq(transfers.orderId, orderId), eq(transfers.status, 'pending')));
  if (!row) return 'skipped';
  const { transfer, payment } = row;
  const { stripe } = services.payments;

  const sent = await unlessRefused(async () => {
    const intent = await stripe.paymentIntents.retrieve(payment.stripePaymentIntentId);
    const charge =
      typeof intent.latest_charge === 'string' ? intent.latest_charge : intent.latest_charge?.id;
    if (!charge) return null;
    return stripe.transfers.create(
      {
        amount: transfer.amountCents,
        currency: transfer.currency.toLowerCase(),
        destination: transfer.destinationAccountId,
        source_transaction: charge,
        transfer_group: `order_${orderId}`,
        metadata: { orderId, driverId: transfer.driverId },
      },
      { idempotencyKey: `transfer:${orderId}` },
    );
  });
  if (!sent) return 'skipped';
  if (sent === REFUSED) {
    // Refused for good (the charge was refunded, the account cannot receive): the row says so.
    await markRefused(db, transfers, transfer.id);
    return 'failed';
  }

  return db.transaction(async (tx) => {
    const done = await markSent(tx, transfers, transfer.id, {
      status: 'paid',
      stripeTransferId: sent.id,
    });
    if (!done) return 'skipped';
    await journal(tx, { orderId, currency: transfer.currency, stripeObjectId: sent.id }, [
      {
        account: 'platform_fee',
        amountCents: -transfer.amountCents,
        description: 'Delivery fee and tip passed on to the driver',
      },
      {
        account: 'driver_share',
        amountCents: transfer.amountCents,
        driverId: transfer.driverId,
        description: 'Delivery fee and tip',
      },
    ]);
    return 'paid';
  });
}

/** Transfers left pending by a crash or an outage are sent again (by the dispatch loop). */
export async function payStalledTransfers(services: PayoutServices, now: Date): Promise<number> {
  const before = new Date(now.getTime() - STALLED_TRANSFER_MS);
  let paid = 0;
  for (const orderId of await stalledSends(services.db, transfers, transfers.orderId, before, 50)) {
    const outcome = await processTransfer(services, orderId).catch(() => 'skipped' as const);
    if (outcome === 'paid') paid += 1;
  }
  return paid;
}
