import type { TRPCRouterRecord } from '@trpc/server';
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

const Done = z.object({ ok: z.literal(true) });
const done = { ok: true as const };

export const ordersRouter = {
  quote: customerProcedure
    .meta({
      summary:
        'Prices a cart from the database (dishes, options, delivery fee by distance, tip, the 15% platform share) and lists every reason it cannot be ordered as it is.',
    })
    .input(QuoteInput)
    .output(QuoteOutput)
    .query(async ({ ctx, input }) => {
      const priced = await priceCart(ctx.db, ctx.actor, input, { pricing: ctx.orders.pricing });
      return priced.quote;
    }),

  place: customerProcedure
    .meta({
      summary:
        'Places the cart as a pending order (portions and meal caps reserved) and returns the Stripe payment page to send the customer to; the same idempotencyKey returns the same order.',
    })
    .input(PlaceOrderInput)
    .output(PlaceOrderOutput)
    .mutation(({ ctx, input }) => placeOrder(ctx, ctx.actor, input)),

  byId: orderParticipantProcedure
    .meta({
      summary:
        'One order in full (lines, price, delivery, timeline, refunds, what you may do now), for its customer, chef, driver or an admin.',
    })
    .output(OrderOutput)
    .query(({ ctx }) => getOrder(ctx.db, ctx.actor, ctx.order.id)),

  list: protectedProcedure
    .meta({
      summary:
        'Orders newest first, by status and dates: your own (customer), your kitchen’s paid ones (chef), the ones you carry (driver).',
    })
    .input(ListOrdersInput)
    .output(Page(OrderSummaryOutput))
    .query(({ ctx, input }) => listOrders(ctx.db, ctx.actor, input)),

  cancel: customerOrAdminProcedure
    .meta({
      summary:
        'Cancels an order: the customer until the kitchen accepts, an admin (with a reason) until delivery. A paid order is refunded in full.',
    })
    .input(CancelOrderInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      await cancelOrder(ctx, ctx.actor, input);
      return done;
    }),

  accept: kitchenProcedure
    .meta({ summary: 'Accept a paid order with the minutes it takes to prepare.' })
    .input(AcceptOrderInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      await acceptOrder(ctx, ctx.kitchen, input);
      return done;
    }),

  reject: kitchenProcedure
    .meta({ summary: 'Decline a paid order with a reason; the customer is refunded in full.' })
    .input(RejectOrderInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      await rejectOrder(ctx, ctx.kitchen, input);
      return done;
    }),

  markPreparing: kitchenProcedure
    .meta({ summary: 'An accepted order is being cooked.' })
    .input(OrderIdInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      await markPreparing(ctx, ctx.kitchen, input.orderId);
      return done;
    }),

  markReady: kitchenProcedure
    .meta({ summary: 'The order is packed and ready for the driver.' })
    .input(OrderIdInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      await markReady(ctx, ctx.kitchen, input.orderId);
      return done;
    }),

  kitchenToday: kitchenProcedure
    .meta({
      summary:
        'Your kitchen today: meals taken against the daily and weekly caps, and each dish’s portions sold against its daily quantity.',
    })
    .output(KitchenTodayOutput)
    .query(({ ctx }) => kitchenToday(ctx.db, ctx.kitchen)),

  earnings: kitchenProcedure
    .meta({
      summary:
        'Your earnings per day and per week from the journal: food sold, the platform’s share, refunds and what you keep.',
    })
    .input(EarningsInput)
    .output(EarningsOutput)
    .query(({ ctx, input }) => kitchenEarnings(ctx.db, ctx.kitchen, input)),

  refund: adminProcedure
    .meta({
      summary:
        'Give back part (amountCents) or all of what is left of an order’s charge, with a reason (audited). The kitchen and the platform bear it; with driverAtFault (a delivered order whose delivery failed) the driver gives back their part of it from their transfer.',
    })
    .input(RefundOrderInput)
    .output(z.object({ refundId: z.uuid() }))
    .mutation(({ ctx, input }) => refundOrder(ctx, ctx.actor, input)),

  onStatus: orderParticipantProcedure
    .meta({
      summary:
        'An order’s status changes as they happen, each with its id; resuming with lastEventId sends exactly the ones missed.',
    })
    .input(OnStatusInput)
    .subscription(({ ctx, input, signal }) => orderStatusStream(ctx, ctx.actor, input, signal)),

  onKitchenQueue: kitchenProcedure
    .meta({
      summary:
        'New and changed orders of your kitchen with the order as the board shows it; resumable by id.',
    })
    .input(OnKitchenQueueInput)
    .subscription(({ ctx, input, signal }) => kitchenQueueStream(ctx, ctx.kitchen, input, signal)),
} satisfies TRPCRouterRecord;

/** Mounted as `admin.orders`: the admin's view of every order. */
export const adminOrdersRouter = {
  orders: adminProcedure
    .meta({ summary: 'Every order, newest first, by kitchen, customer, status and dates.' })
    .input(AdminListOrdersInput)
    .output(Page(OrderSummaryOutput))
    .query(({ ctx, input }) => listOrders(ctx.db, ctx.actor, input)),

  order: adminProcedure
    .meta({
      summary:
        'One order as an admin investigates it: the order, its customer, its Stripe payment and every journal entry.',
    })
    .input(OrderIdInput)
    .output(AdminOrderOutput)
    .query(({ ctx, input }) => getAdminOrder(ctx.db, ctx.actor, input.orderId)),
} satisfies TRPCRouterRecord;
