import type { TRPCRouterRecord } from '@trpc/server';
import { AccountStatusOutput, HostedLinkOutput, OnboardingLinkInput } from '@homechef/validators';
import { payeeProcedure } from '../../trpc.ts';
import { accountStatus, dashboardLink, onboardingLink } from './service.ts';

/** Chefs (the kitchen's Express account takes its charges) and drivers (payouts) alike. */
export const paymentsRouter = {
  /**
   * A single-use link to Stripe’s hosted onboarding form for your Express account (created on first
   * call); Stripe sends you back to the app when you leave it.
   */
  onboardingLink: payeeProcedure
    .input(OnboardingLinkInput)
    .output(HostedLinkOutput)
    .mutation(({ ctx }) => onboardingLink(ctx, ctx.actor)),

  /**
   * Your Stripe account as Stripe sees it now (also saved, so a kitchen becomes listable at once):
   * connected, incomplete with what is missing, restricted, or not started.
   */
  accountStatus: payeeProcedure
    .output(AccountStatusOutput)
    .query(({ ctx }) => accountStatus(ctx, ctx.actor)),

  /**
   * A single-use link to your Stripe Express dashboard (payouts, bank details); PRECONDITION_FAILED
   * until onboarding details are submitted.
   */
  dashboardLink: payeeProcedure
    .output(HostedLinkOutput)
    .mutation(({ ctx }) => dashboardLink(ctx, ctx.actor)),
} satisfies TRPCRouterRecord;
