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
  shift: shiftDriverProcedure
    .meta({
      summary: 'Your shift: online or not, why it last ended, and whether you may go online.',
    })
    .output(ShiftState)
    .query(({ ctx }) => shiftStateOf(ctx.driver)),

  goOnline: shiftDriverProcedure
    .meta({
      summary:
        'Start a shift, optionally with your position; only an approved driver with Stripe payouts may.',
    })
    .input(GoOnlineInput)
    .output(ShiftState)
    .mutation(({ ctx, input }) => goOnline(ctx, ctx.driver, input)),

  goOffline: shiftDriverProcedure
    .meta({ summary: 'End your shift (not while carrying an order).' })
    .input(GoOfflineInput)
    .output(ShiftState)
    .mutation(({ ctx }) => goOffline(ctx, ctx.driver)),

  ping: pingDriverProcedure
    .meta({
      summary:
        'Your position while on shift; an implausible one is dropped and the reason returned.',
    })
    .input(DriverPingInput)
    .output(PingResult)
    .mutation(({ ctx, input }) => acceptPing(ctx, ctx.driver, input)),

  onShift: shiftDriverProcedure
    .meta({
      summary:
        'Your shift now and after every change, including being taken offline after 2 minutes without pings.',
    })
    .subscription(({ ctx, signal }) => shiftStream(ctx, ctx.driver.id, signal)),
} satisfies TRPCRouterRecord;

/** Mounted as `tracking`. */
export const trackingRouter = {
  onDriverLocation: orderParticipantProcedure
    .meta({
      summary:
        'The assigned driver’s position from assignment to delivery: the last known one first, then at most one a second.',
    })
    .input(OrderIdInput)
    .subscription(({ ctx, input, signal }) => driverLocationStream(ctx, input.orderId, signal)),
} satisfies TRPCRouterRecord;
