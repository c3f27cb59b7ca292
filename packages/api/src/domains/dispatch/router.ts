import type { TRPCRouterRecord } from '@trpc/server';
import { done } from '../../shared/done.ts';
import { z } from 'zod';
import {
  AcceptOfferOutput,
  AssignDriverInput,
  DeliveredInput,
  DeliveryPhotoUrlOutput,
  DriverEarningsInput,
  DriverEarningsOutput,
  JobOutput,
  KitchenDriverOutput,
  OfferIdInput,
  OfferOutput,
  OperationsOutput,
  OrderIdInput,
  PickedUpInput,
  DoneOutput,
} from '@homechef/validators';
import { adminProcedure, driverProcedure } from '../../trpc.ts';
import { kitchenProcedure } from '../chefs/index.ts';
import { driverProfileProcedure } from '../drivers/index.ts';
import { orderParticipantProcedure } from '../orders/index.ts';
import { driverEarnings } from './earnings.ts';
import { arrivedAtKitchen, assignDriver, currentJob, delivered, handOff, pickedUp } from './job.ts';
import { deliveryPhotoUrl, kitchenDrivers } from './kitchen.ts';
import { acceptOffer, declineOffer, myOffers, offersStream } from './offers.ts';
import { operationsSnapshot } from './operations.ts';

export const dispatchRouter = {
  /**
   * Your open delivery offers, soonest to expire first: kitchen and its area, the drop-off area
   * (the address comes with the job), distances, earnings (delivery fee + tip), expiry.
   */
  myOffers: driverProcedure
    .output(z.array(OfferOutput))
    .query(({ ctx }) => myOffers(ctx, ctx.actor)),

  /** Your open offers now, then again each time one is made, taken back or expires. */
  onOffers: driverProcedure.subscription(({ ctx, signal }) => offersStream(ctx, ctx.actor, signal)),

  /**
   * Accept an offer: of several drivers accepting one order, one wins and the others get CONFLICT,
   * as does an expired offer. Accepting again returns the same.
   */
  accept: driverProcedure
    .input(OfferIdInput)
    .output(AcceptOfferOutput)
    .mutation(({ ctx, input }) => acceptOffer(ctx, ctx.actor, input.offerId)),

  /** Decline an offer; the order goes to another driver. */
  decline: driverProcedure
    .input(OfferIdInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(declineOffer(ctx, ctx.actor, input.offerId))),

  /** The order you are carrying now (kitchen, exact drop-off), or null. */
  currentJob: driverProcedure
    .output(JobOutput.nullable())
    .query(({ ctx }) => currentJob(ctx, ctx.actor)),

  /** You are at the kitchen of your order. */
  arrivedAtKitchen: driverProcedure
    .input(OrderIdInput)
    .output(JobOutput)
    .mutation(({ ctx, input }) => arrivedAtKitchen(ctx, ctx.actor, input.orderId)),

  /** You have the food and are on the way: the order is picked up, in transit. */
  pickedUp: driverProcedure
    .input(PickedUpInput)
    .output(JobOutput)
    .mutation(({ ctx, input }) => pickedUp(ctx, ctx.actor, input.orderId)),

  /**
   * Delivered, with the 4-digit code the customer shows you (`{ orderId, code }`; after 5 wrong
   * codes only a photo will do, TOO_MANY_REQUESTS) or, when nobody opens, with your photo of the
   * order at the door (`{ orderId, photoDocumentId }`, uploaded with `POST
   * /documents?kind=delivery_photo`): the order is done and your pay (delivery fee + tip) is
   * transferred. A retry returns the same.
   */
  delivered: driverProcedure
    .input(DeliveredInput)
    .output(JobOutput)
    .mutation(({ ctx, input }) => delivered(ctx, ctx.actor, input)),
} satisfies TRPCRouterRecord;

/** Mounted under `drivers`: what the deliveries paid. */
export const driverEarningsRouter = {
  /**
   * Your pay over the last `days` (in your time zone): delivery fees and tips, less what refunds
   * for failed deliveries took back, per week and per shift, and each delivery with the Stripe
   * transfer that paid it.
   */
  earnings: driverProfileProcedure
    .input(DriverEarningsInput)
    .output(DriverEarningsOutput)
    .query(({ ctx, input }) => driverEarnings(ctx.db, ctx.driver, input)),
} satisfies TRPCRouterRecord;

/** Mounted under `orders`: the pickup on the kitchen board, and the photo at the door. */
export const kitchenDispatchRouter = {
  /**
   * The drivers coming for your orders (assigned, not yet picked up): first name, vehicle, the
   * estimated drive to your kitchen from their last position, and when they arrived.
   */
  kitchenDrivers: kitchenProcedure
    .output(z.array(KitchenDriverOutput))
    .query(({ ctx }) => kitchenDrivers(ctx, ctx.kitchen)),

  /**
   * A link (valid 5 minutes) to the driver’s photo of the order left at the door: for the order’s
   * customer, its driver and admins.
   */
  deliveryPhotoUrl: orderParticipantProcedure
    .output(DeliveryPhotoUrlOutput)
    .query(({ ctx }) => deliveryPhotoUrl(ctx, ctx.actor, ctx.order)),

  /**
   * You handed the food to the order’s driver: the order is picked up (the driver may confirm it
   * instead).
   */
  handOff: kitchenProcedure
    .input(OrderIdInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(handOff(ctx, ctx.kitchen, ctx.actor, input.orderId))),
} satisfies TRPCRouterRecord;

export const adminDispatchRouter = {
  /**
   * Give an order to a driver (audited, with a reason); a previous assignment is cancelled and its
   * driver freed.
   */
  assignDriver: adminProcedure
    .input(AssignDriverInput)
    .output(z.object({ assignmentId: z.uuid() }))
    .mutation(({ ctx, input }) => assignDriver(ctx, ctx.actor, input)),

  /**
   * Dispatch now: drivers on shift with position and activity, orders waiting for a driver, offers
   * not yet answered, and the last rounds with a summary of the past hour. Each list is bounded
   * (`truncated` says when rows were left out).
   */
  operations: adminProcedure.output(OperationsOutput).query(({ ctx }) => operationsSnapshot(ctx)),
} satisfies TRPCRouterRecord;
