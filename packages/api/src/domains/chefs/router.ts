import type { TRPCRouterRecord } from '@trpc/server';
import {
  ApplyChefInput,
  OwnChefOutput,
  SetPausedInput,
  UpdateChefInput,
} from '@homechef/validators';
import {
  applyAsChef,
  getOwnChef,
  setOwnChefPaused,
  submitOwnChef,
  updateOwnChef,
} from './application.ts';
import { chefProcedure } from '../../trpc.ts';
import { kitchenProcedure } from './procedure.ts';

export const chefsRouter = {
  // A server-side caller must write `caller.chefs.apply.call(undefined, input)`: tRPC's proxy
  // reads a bare `.apply(...)` as Function.prototype.apply. Clients (`.mutate`) are unaffected.
  /** Start your kitchen application (a draft; once per chef). Only the name is required. */
  apply: chefProcedure
    .input(ApplyChefInput)
    .output(OwnChefOutput)
    .mutation(({ ctx, input }) => applyAsChef(ctx, ctx.actor, input)),

  /**
   * Your kitchen: profile, hours, documents, verification status and reason, what is missing before
   * submitting, and why it is not listed (null before you apply).
   */
  me: chefProcedure.output(OwnChefOutput.nullable()).query(({ ctx }) => getOwnChef(ctx, ctx.actor)),

  /** Edit your kitchen; `openingHours` replaces the whole week (in `timezone`). */
  update: kitchenProcedure
    .input(UpdateChefInput)
    .output(OwnChefOutput)
    .mutation(({ ctx, input }) => updateOwnChef(ctx, ctx.actor, ctx.kitchen, input)),

  /**
   * Send a complete draft, or a fixed rejected application, for review; BAD_REQUEST lists what is
   * missing.
   */
  submit: kitchenProcedure
    .output(OwnChefOutput)
    .mutation(({ ctx }) => submitOwnChef(ctx, ctx.actor, ctx.kitchen)),

  /** Pause or resume taking orders (paused kitchens are hidden). */
  setPaused: kitchenProcedure
    .input(SetPausedInput)
    .output(OwnChefOutput)
    .mutation(({ ctx, input }) => setOwnChefPaused(ctx, ctx.actor, ctx.kitchen, input)),
} satisfies TRPCRouterRecord;
