import type { TRPCRouterRecord } from '@trpc/server';
import { OwnDriverOutput, SaveDriverProfileInput } from '@homechef/validators';
import { driverProcedure } from '../../trpc.ts';
import { getOwnDriver, saveOwnDriver, submitOwnDriver } from './onboarding.ts';
import { driverProfileProcedure } from './procedure.ts';

export const driversRouter = {
  /**
   * Your driver profile: vehicle, documents, verification status and reason, what is missing before
   * submitting, the checklist and why you may not go online (null before you start).
   */
  me: driverProcedure
    .output(OwnDriverOutput.nullable())
    .query(({ ctx }) => getOwnDriver(ctx, ctx.actor)),

  /**
   * Create your driver profile (a draft) or edit a draft or rejected one: vehicle type, and the
   * plate of a motor vehicle.
   */
  saveProfile: driverProcedure
    .input(SaveDriverProfileInput)
    .output(OwnDriverOutput)
    .mutation(({ ctx, input }) => saveOwnDriver(ctx, ctx.actor, input)),

  /**
   * Send a complete draft, or a fixed rejected profile, for review; BAD_REQUEST lists what is
   * missing.
   */
  submit: driverProfileProcedure
    .output(OwnDriverOutput)
    .mutation(({ ctx }) => submitOwnDriver(ctx, ctx.actor, ctx.driver)),
} satisfies TRPCRouterRecord;
