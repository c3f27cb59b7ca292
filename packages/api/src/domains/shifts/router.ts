import type { TRPCRouterRecord } from '@trpc/server';
import {
  DriverPingInput,
  GoOfflineInput,
  GoOnlineInput,
  OrderIdInput,
  PingResult,
  ShiftState,
} from '@homechef/validators';
import { orderParticipantProcedure } from '../orders/index.ts';
import { acceptPing } from './ping.ts';
import { pingDriverProcedure, shiftDriverProcedure } from './procedure.ts';
import { goOffline, goOnline, shiftStateOf } from './shift.ts';
import { driverLocationStream, shiftStream } from './stream.ts';

/** Mounted under `drivers`: the driver's shift and position pings. */
export const shiftsRouter = {
  /** Your shift: online or not, why it last ended, and whether you may go online. */
  shift: shiftDriverProcedure.output(ShiftState).query(({ ctx }) => shiftStateOf(ctx.driver)),

  /**
   * Start a shift, optionally with your position; only an approved driver with Stripe payouts may.
   */
  goOnline: shiftDriverProcedure
    .input(GoOnlineInput)
    .output(ShiftState)
    .mutation(({ ctx, input }) => goOnline(ctx, ctx.driver, input)),

  /** End your shift (not while carrying an order). */
  goOffline: shiftDriverProcedure
    .input(GoOfflineInput)
    .output(ShiftState)
    .mutation(({ ctx }) => goOffline(ctx, ctx.driver)),

  /** Your position while on shift; an implausible one is dropped and the reason returned. */
  ping: pingDriverProcedure
    .input(DriverPingInput)
    .output(PingResult)
    .mutation(({ ctx, input }) => acceptPing(ctx, ctx.driver, input)),

  /**
   * Your shift now and after every change, including being taken offline after 2 minutes without
   * pings.
   */
  onShift: shiftDriverProcedure.subscription(({ ctx, signal }) =>
    shiftStream(ctx, ctx.driver.id, signal),
  ),
} satisfies TRPCRouterRecord;

/** Mounted as `tracking`. */
export const trackingRouter = {
  /**
   * The assigned driver’s position from assignment to delivery: the last known one first, then at
   * most one a second.
   */
  onDriverLocation: orderParticipantProcedure
    .input(OrderIdInput)
    .subscription(({ ctx, input, signal }) => driverLocationStream(ctx, input.orderId, signal)),
} satisfies TRPCRouterRecord;
