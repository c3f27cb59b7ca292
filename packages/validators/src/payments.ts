import { z } from 'zod';

export const OnboardingLinkInput = z.object({}).strict();

export const HostedLinkOutput = z.object({
  /** The Stripe page to send the person to (single use, short-lived). */
  url: z.url(),
});

export const ACCOUNT_STATES = ['not_started', 'incomplete', 'restricted', 'connected'] as const;

export const AccountStatusOutput = z.object({
  /**
   * not_started: no account yet; incomplete: the form is unfinished (see `missing`);
   * restricted: details are in but Stripe has not enabled the account; connected: a chef can
   * take payments, a driver can receive payouts.
   */
  state: z.enum(ACCOUNT_STATES),
  accountId: z.string().nullable(),
  chargesEnabled: z.boolean(),
  payoutsEnabled: z.boolean(),
  detailsSubmitted: z.boolean(),
  /** What Stripe still needs, in words. */
  missing: z.array(z.string()),
  /** Stripe's requirement codes behind `missing`. */
  requirements: z.array(z.string()),
  disabledReason: z.string().nullable(),
});
export type AccountStatusOutput = z.infer<typeof AccountStatusOutput>;
