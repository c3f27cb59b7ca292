/**
 * What people do to an order after placing it: the kitchen accepts (with a preparation time),
 * rejects, prepares and hands it over; the customer cancels while the kitchen has not accepted;
 * an admin cancels or refunds with a reason. Each is one transaction through
 * `transitionOrder`; a refund it calls for is written in that transaction and sent to Stripe
 * after commit.
 */
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { orders, type Database, type Order } from '@homechef/db';
import type { OrderStatus } from '@homechef/validators';
import type { Actor, Services } from '../../context.ts';
import { recordAdminAction } from '../../shared/audit.ts';
import type { OwnKitchen } from '../chefs/index.ts';
import { FINAL_STATUSES, PAID_STATUSES } from './machine.ts';
import { closePaymentPage } from './place.ts';
import { processRefund, refundedCents, requestRefund } from './refunds.ts';
import { transitionOrder, type TransitionActor } from './transition.ts';

type OrderServices = Pick<Services, 'db' | 'payments' | 'outbox'>;

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'No such order' });

async function lockOrder(tx: Database, orderId: string): Promise<Order> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) throw notFound();
  return order;
}

/** After commit: events out now, the refund (if any) to Stripe. A failed refund stays pending. */
async function afterCommit(services: OrderServices, refundId: string | null): Promise<void> {
  services.outbox.kick();
  if (!refundId) return;
  try {
    await processRefund(services, refundId);
  } catch {
    // Stripe unreachable: the order timers send it again.
  }
}

async function kitchenStep(
  services: OrderServices,
  kitchen: OwnKitchen,
  orderId: string,
  from: OrderStatus,
  to: OrderStatus,
  options: { reason?: string; estimatedReadyAt?: (order: Order) => Date; refund?: boolean } = {},
): Promise<void> {
  const actor: TransitionActor = { role: 'chef', userId: kitchen.userId };
  const refundId = await services.db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (order.chefId !== kitchen.id) throw notFound();
    await transitionOrder(tx, {
      orderId,
      from,
      version: order.version,
      to,
      actor,
      reason: options.reason ?? null,
      ...(options.estimatedReadyAt
        ? { set: { estimatedReadyAt: options.estimatedReadyAt(order) } }
        : {}),
    });
    return options.refund
      ? requestRefund(tx, order, null, options.reason ?? to, kitchen.userId)
      : null;
  });
  await afterCommit(services, refundId);
}

export function acceptOrder(
  services: OrderServices,
  kitchen: OwnKitchen,
  input: { orderId: string; prepMinutes: number },
  now = new Date(),
) {
  return kitchenStep(services, kitchen, input.orderId, 'payment_confirmed', 'accepted', {
    // A scheduled meal is ready at its slot unless the preparation runs past it.
    estimatedReadyAt: (order) =>
      new Date(
        Math.max(now.getTime() + input.prepMinutes * 60_000, order.scheduledFor?.getTime() ?? 0),
      ),
  });
}

export function rejectOrder(
  services: OrderServices,
  kitchen: OwnKitchen,
  input: { orderId: string; reason: string },
) {
  return kitchenStep(services, kitchen, input.orderId, 'payment_confirmed', 'rejected', {
    reason: input.reason,
    refund: true,
  });
}

export function markPreparing(services: OrderServices, kitchen: OwnKitchen, orderId: string) {
  return kitchenStep(services, kitchen, orderId, 'accepted', 'preparing');
}

export function markReady(services: OrderServices, kitchen: OwnKitchen, orderId: string) {
  return kitchenStep(services, kitchen, orderId, 'preparing', 'ready_for_pickup');
}

/**
 * Closes the order's payment page before cancelling an unpaid order, so a payment cannot land
 * on a cancelled order; a page that completed meanwhile means the money is in.
 */
async function closeCheckout(services: OrderServices, order: Order): Promise<void> {
  if (!order.stripeCheckoutSessionId) return;
  const page = await closePaymentPage(services.payments.stripe, order.stripeCheckoutSessionId);
  if (page === 'paid') {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'The payment has just gone through: cancel again in a moment for a refund',
    });
  }
}

/**
 * The customer may cancel until the kitchen accepts (a paid order is refunded in full); an
 * admin may cancel any order not yet delivered, with a reason (audited).
 */
export async function cancelOrder(
  services: OrderServices,
  actor: Actor,
  input: { orderId: string; reason?: string | null | undefined },
): Promise<void> {
  const [seen] = await services.db.select().from(orders).where(eq(orders.id, input.orderId));
  const isAdmin = actor.role === 'admin';
  if (!seen || (!isAdmin && seen.customerId !== actor.userId)) throw notFound();
  if (isAdmin && !input.reason) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Give a reason for cancelling' });
  }
  const customerMay: readonly OrderStatus[] = ['pending', 'payment_confirmed'];
  if (FINAL_STATUSES.includes(seen.status) || seen.status === 'delivered') {
    throw new TRPCError({ code: 'CONFLICT', message: 'This order is already over' });
  }
  if (!isAdmin && !customerMay.includes(seen.status)) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'The kitchen has already accepted this order: contact support to cancel it',
    });
  }
  if (seen.status === 'pending') await closeCheckout(services, seen);

  const transitionActor: TransitionActor = {
    role: isAdmin ? 'admin' : 'customer',
    userId: actor.userId,
  };
  const reason = input.reason ?? 'Cancelled by the customer';
  const refundId = await services.db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    await transitionOrder(tx, {
      orderId: order.id,
      from: seen.status,
      version: seen.version,
      to: 'cancelled',
      actor: transitionActor,
      reason,
    });
    const refund = PAID_STATUSES.includes(seen.status)
      ? await requestRefund(tx, order, null, reason, actor.userId)
      : null;
    if (isAdmin) {
      await recordAdminAction(tx, {
        adminUserId: actor.userId,
        action: 'order.cancel',
        targetType: 'order',
        targetId: order.id,
        reason,
        before: { status: seen.status },
        after: { status: 'cancelled', refundId: refund },
      });
    }
    return refund;
  });
  await afterCommit(services, refundId);
}

/**
 * An admin gives back part or all of what is left of an order's charge, with a reason
 * (audited). Giving back everything of an order not cancelled or rejected makes it `refunded`.
 */
export async function refundOrder(
  services: OrderServices,
  actor: Actor,
  input: {
    orderId: string;
    amountCents?: number | null | undefined;
    reason: string;
    driverAtFault?: boolean | undefined;
  },
): Promise<{ refundId: string }> {
  const refundId = await services.db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    const refund = await requestRefund(
      tx,
      order,
      input.amountCents ?? null,
      input.reason,
      actor.userId,
      { driverAtFault: input.driverAtFault ?? false },
    );
    if (!refund) throw new TRPCError({ code: 'CONFLICT', message: 'This order was never paid' });
    const everything = (await refundedCents(tx, order.id)) >= order.totalCents;
    if (everything && !FINAL_STATUSES.includes(order.status)) {
      await transitionOrder(tx, {
        orderId: order.id,
        from: order.status,
        version: order.version,
        to: 'refunded',
        actor: { role: 'admin', userId: actor.userId },
        reason: input.reason,
      });
    }
    await recordAdminAction(tx, {
      adminUserId: actor.userId,
      action: 'order.refund',
      targetType: 'order',
      targetId: order.id,
      reason: input.reason,
      before: { status: order.status },
      after: {
        refundId: refund,
        amountCents: input.amountCents ?? 'rest',
        driverAtFault: input.driverAtFault ?? false,
      },
    });
    return refund;
  });
  await afterCommit(services, refundId);
  return { refundId };
}
