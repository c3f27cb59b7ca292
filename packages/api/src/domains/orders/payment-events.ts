/**
 * What Stripe's verified events do to orders. Each runs inside the transaction that records
 * the event (packages/payments `handleEvent`), so a duplicate delivery finds the event
 * recorded and does nothing, and an effect that fails is retried whole.
 */
import { eq } from 'drizzle-orm';
import { chefs, orders, payments, type Database, type Order } from '@homechef/db';
import type { EventEffects } from '@homechef/payments';
import type Stripe from 'stripe';
import { isUuid } from '../../shared/cursor.ts';
import { journal } from '../../shared/ledger.ts';
import { requestRefund } from './refunds.ts';
import { transitionOrder } from './transition.ts';

const STRIPE = { role: 'stripe', userId: null } as const;

async function lockOrderOf(
  tx: Database,
  session: Stripe.Checkout.Session,
): Promise<Order | undefined> {
  const orderId = session.client_reference_id ?? session.metadata?.orderId;
  if (!isUuid(orderId)) return undefined;
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  // A session of another order's page (or one that is not ours) changes nothing.
  if (order?.stripeCheckoutSessionId && order.stripeCheckoutSessionId !== session.id)
    return undefined;
  return order;
}

/**
 * The charge is journaled as Stripe made it: the customer paid the total, the kitchen's
 * account keeps the food less the platform's share, the platform keeps its share plus the
 * delivery fee and tip (the driver's part leaves it on delivery).
 */
async function recordCharge(tx: Database, order: Order, session: Stripe.Checkout.Session) {
  const paymentIntent =
    typeof session.payment_intent === 'string'
      ? session.payment_intent
      : session.payment_intent?.id;
  if (!paymentIntent) throw new Error(`checkout session ${session.id} has no payment intent`);
  if (session.amount_total !== order.totalCents || session.currency !== order.currency) {
    throw new Error(
      `checkout session ${session.id} charged ${session.amount_total} ${session.currency}, order ${order.id} is ${order.totalCents} ${order.currency}`,
    );
  }
  const [chef] = await tx
    .select({ account: chefs.stripeAccountId })
    .from(chefs)
    .where(eq(chefs.id, order.chefId));
  const applicationFee = order.platformFeeCents + order.deliveryFeeCents + order.tipCents;
  await tx.insert(payments).values({
    orderId: order.id,
    stripePaymentIntentId: paymentIntent,
    amountCents: order.totalCents,
    applicationFeeCents: applicationFee,
    currency: order.currency,
    status: 'succeeded',
    destinationAccountId: chef?.account ?? 'unknown',
  });
  await journal(
    tx,
    { orderId: order.id, currency: order.currency, stripeObjectId: paymentIntent },
    [
      {
        account: 'customer_charge',
        amountCents: -order.totalCents,
        description: 'Card payment',
      },
      {
        account: 'chef_share',
        chefId: order.chefId,
        amountCents: order.subtotalCents - order.platformFeeCents,
        description: 'The kitchen’s share of the food',
      },
      {
        account: 'platform_fee',
        amountCents: applicationFee,
        description: 'Platform fee, delivery fee and tip',
      },
    ],
  );
}

export const orderPaymentEffects: EventEffects = {
  'checkout.session.completed': async (tx, event) => {
    const session = event.data.object as Stripe.Checkout.Session;
    if (session.mode !== 'payment' || session.payment_status !== 'paid') return;
    const order = await lockOrderOf(tx, session);
    if (!order) return;
    const [paid] = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(eq(payments.orderId, order.id));
    if (paid) return;
    await recordCharge(tx, order, session);
    if (order.status === 'pending') {
      await transitionOrder(tx, {
        orderId: order.id,
        from: 'pending',
        to: 'payment_confirmed',
        actor: STRIPE,
      });
    } else {
      // Paid for an order that was cancelled meanwhile: all of it goes back (the order
      // timers send the pending refund to Stripe).
      await requestRefund(tx, order, null, 'Paid after the order was cancelled', null);
    }
  },

  'checkout.session.expired': async (tx, event) => {
    const session = event.data.object as Stripe.Checkout.Session;
    const order = await lockOrderOf(tx, session);
    if (order?.status !== 'pending') return;
    await transitionOrder(tx, {
      orderId: order.id,
      from: 'pending',
      to: 'cancelled',
      actor: { role: 'system', userId: null },
      reason: 'The payment page expired before payment',
    });
  },
};
