import type { TRPCRouterRecord } from '@trpc/server';
import { done } from '../../shared/done.ts';
import { z } from 'zod';
import {
  AcceptOrderInput,
  AdminListOrdersInput,
  AdminOrderOutput,
  EarningsInput,
  EarningsOutput,
  KitchenTodayOutput,
  CancelOrderInput,
  ListOrdersInput,
  OnKitchenQueueInput,
  OnStatusInput,
  OrderIdInput,
  OrderOutput,
  OrderSummaryOutput,
  Page,
  PlaceOrderInput,
  PlaceOrderOutput,
  QuoteInput,
  QuoteOutput,
  RefundOrderInput,
  RejectOrderInput,
  DoneOutput,
} from '@homechef/validators';
import {
  adminProcedure,
  customerOrAdminProcedure,
  customerProcedure,
  protectedProcedure,
} from '../../trpc.ts';
import { kitchenProcedure } from '../chefs/index.ts';
import {
  acceptOrder,
  cancelOrder,
  markPreparing,
  markReady,
  refundOrder,
  rejectOrder,
} from './lifecycle.ts';
import { placeOrder } from './place.ts';
import { orderParticipantProcedure } from './procedure.ts';
import { kitchenEarnings, kitchenToday } from './kitchen.ts';
import { getAdminOrder, getOrder, listOrders } from './queries.ts';
import { priceCart } from './quote.ts';
import { kitchenQueueStream, orderStatusStream } from './stream.ts';

export const ordersRouter = {
  /**
   * Prices a cart from the database (dishes, options, delivery fee by distance, tip, the 15%
   * platform share) and lists every reason it cannot be ordered as it is.
   */
  quote: customerProcedure
    .input(QuoteInput)
    .output(QuoteOutput)
    .query(async ({ ctx, input }) => {
      const priced = await priceCart(ctx.db, ctx.actor, input, { pricing: ctx.orders.pricing });
      return priced.quote;
    }),

  /**
   * Places the cart as a pending order (portions and meal caps reserved) and returns the Stripe
   * payment page to send the customer to; the same idempotencyKey returns the same order.
   */
  place: customerProcedure
    .input(PlaceOrderInput)
    .output(PlaceOrderOutput)
    .mutation(({ ctx, input }) => placeOrder(ctx, ctx.actor, input)),

  /**
   * One order in full (lines, price, delivery, timeline, refunds, what you may do now), for its
   * customer, chef, driver or an admin.
   */
  byId: orderParticipantProcedure
    .output(OrderOutput)
    .query(({ ctx }) => getOrder(ctx.db, ctx.actor, ctx.order.id)),

  /**
   * Orders newest first, by status and dates: your own (customer), your kitchen’s paid ones (chef),
   * the ones you carry (driver).
   */
  list: protectedProcedure
    .input(ListOrdersInput)
    .output(Page(OrderSummaryOutput))
    .query(({ ctx, input }) => listOrders(ctx.db, ctx.actor, input)),

  /**
   * Cancels an order: the customer until the kitchen accepts, an admin (with a reason) until
   * delivery. A paid order is refunded in full.
   */
  cancel: customerOrAdminProcedure
    .input(CancelOrderInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(cancelOrder(ctx, ctx.actor, input))),

  /** Accept a paid order with the minutes it takes to prepare. */
  accept: kitchenProcedure
    .input(AcceptOrderInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(acceptOrder(ctx, ctx.kitchen, input))),

  /** Decline a paid order with a reason; the customer is refunded in full. */
  reject: kitchenProcedure
    .input(RejectOrderInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(rejectOrder(ctx, ctx.kitchen, input))),

  /** An accepted order is being cooked. */
  markPreparing: kitchenProcedure
    .input(OrderIdInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(markPreparing(ctx, ctx.kitchen, input.orderId))),

  /** The order is packed and ready for the driver. */
  markReady: kitchenProcedure
    .input(OrderIdInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(markReady(ctx, ctx.kitchen, input.orderId))),

  /**
   * Your kitchen today: meals taken against the daily and weekly caps, and each dish’s portions
   * sold against its daily quantity.
   */
  kitchenToday: kitchenProcedure
    .output(KitchenTodayOutput)
    .query(({ ctx }) => kitchenToday(ctx.db, ctx.kitchen)),

  /**
   * Your earnings per day and per week from the journal: food sold, the platform’s share, refunds
   * and what you keep.
   */
  earnings: kitchenProcedure
    .input(EarningsInput)
    .output(EarningsOutput)
    .query(({ ctx, input }) => kitchenEarnings(ctx.db, ctx.kitchen, input)),

  /**
   * Give back part (amountCents) or all of what is left of an order’s charge, with a reason
   * (audited). The kitchen and the platform bear it; with driverAtFault (a delivered order whose
   * delivery failed) the driver gives back their part of it from their transfer.
   */
  refund: adminProcedure
    .input(RefundOrderInput)
    .output(z.object({ refundId: z.uuid() }))
    .mutation(({ ctx, input }) => refundOrder(ctx, ctx.actor, input)),

  /**
   * An order’s status changes as they happen, each with its id; resuming with lastEventId sends
   * exactly the ones missed.
   */
  onStatus: orderParticipantProcedure
    .input(OnStatusInput)
    .subscription(({ ctx, input, signal }) => orderStatusStream(ctx, ctx.actor, input, signal)),

  /**
   * New and changed orders of your kitchen with the order as the board shows it; resumable by id.
   */
  onKitchenQueue: kitchenProcedure
    .input(OnKitchenQueueInput)
    .subscription(({ ctx, input, signal }) => kitchenQueueStream(ctx, ctx.kitchen, input, signal)),
} satisfies TRPCRouterRecord;

/** Mounted as `admin.orders`: the admin's view of every order. */
export const adminOrdersRouter = {
  /** Every order, newest first, by kitchen, customer, status and dates. */
  orders: adminProcedure
    .input(AdminListOrdersInput)
    .output(Page(OrderSummaryOutput))
    .query(({ ctx, input }) => listOrders(ctx.db, ctx.actor, input)),

  /**
   * One order as an admin investigates it: the order, its customer, its Stripe payment and every
   * journal entry.
   */
  order: adminProcedure
    .input(OrderIdInput)
    .output(AdminOrderOutput)
    .query(({ ctx, input }) => getAdminOrder(ctx.db, ctx.actor, input.orderId)),
} satisfies TRPCRouterRecord;
