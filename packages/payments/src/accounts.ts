import { and, eq, isNull, sql } from 'drizzle-orm';
import { chefs, drivers, type Database } from '@homechef/db';
import type Stripe from 'stripe';
import { PaymentsError } from './errors.ts';
import { accountStatus, type AccountStatus, type PayeeKind } from './status.ts';

/** The person an Express account belongs to: a chef's or a driver's user id. */
export interface Payee {
  kind: PayeeKind;
  userId: string;
}

export interface OnboardingUrls {
  /** Where Stripe sends the person when they leave the form (finished or not). */
  returnUrl: string;
  /** Where Stripe sends the person when the link was spent or expired. */
  refreshUrl: string;
}

type Executor = Pick<Database, 'select' | 'update'>;

async function profileOf(db: Executor, payee: Payee) {
  const table = payee.kind === 'chef' ? chefs : drivers;
  const [row] = await db
    .select({ id: table.id, stripeAccountId: table.stripeAccountId })
    .from(table)
    .where(eq(table.userId, payee.userId))
    .limit(1);
  if (!row) {
    throw new PaymentsError(
      'no_profile',
      payee.kind === 'chef'
        ? 'Start your kitchen application before setting up payouts'
        : 'Create your driver profile before setting up payouts',
    );
  }
  return row;
}

/**
 * The payee's Express account, created on first use. The Idempotency-Key is derived from the
 * user, so two concurrent first calls (or a retry after a lost response) get the same account.
 */
export async function ensureAccount(db: Database, stripe: Stripe, payee: Payee): Promise<string> {
  const profile = await profileOf(db, payee);
  if (profile.stripeAccountId) return profile.stripeAccountId;
  const account = await stripe.accounts.create(
    {
      type: 'express',
      capabilities:
        payee.kind === 'chef'
          ? { card_payments: { requested: true }, transfers: { requested: true } }
          : { transfers: { requested: true } },
      metadata: {
        homechef_user_id: payee.userId,
        homechef_role: payee.kind,
        profile_id: profile.id,
      },
    },
    { idempotencyKey: `homechef-express-account-${payee.kind}-${payee.userId}` },
  );
  const table = payee.kind === 'chef' ? chefs : drivers;
  await db
    .update(table)
    .set({ stripeAccountId: account.id })
    .where(and(eq(table.id, profile.id), isNull(table.stripeAccountId)));
  const linked = await profileOf(db, payee);
  return linked.stripeAccountId ?? account.id;
}

/** A fresh single-use link to Stripe's hosted onboarding form. */
export async function createOnboardingLink(
  db: Database,
  stripe: Stripe,
  payee: Payee,
  urls: OnboardingUrls,
): Promise<{ url: string }> {
  const account = await ensureAccount(db, stripe, payee);
  const link = await stripe.accountLinks.create({
    account,
    type: 'account_onboarding',
    return_url: urls.returnUrl,
    refresh_url: urls.refreshUrl,
  });
  return { url: link.url };
}

/** A link to the payee's Express dashboard (payouts, bank details); needs finished details. */
export async function createDashboardLink(
  db: Database,
  stripe: Stripe,
  payee: Payee,
): Promise<{ url: string }> {
  const { stripeAccountId } = await profileOf(db, payee);
  const account = stripeAccountId ? await stripe.accounts.retrieve(stripeAccountId) : null;
  if (!account?.details_submitted) {
    throw new PaymentsError('not_onboarded', 'Finish setting up payouts first');
  }
  const link = await stripe.accounts.createLoginLink(account.id);
  return { url: link.url };
}

/**
 * The account's live status, read from Stripe and written to the profile (the return page
 * calls this, so the person sees the result even before the webhook arrives).
 */
export async function refreshAccountStatus(
  db: Database,
  stripe: Stripe,
  payee: Payee,
): Promise<AccountStatus> {
  const { stripeAccountId } = await profileOf(db, payee);
  if (!stripeAccountId) return accountStatus(null, payee.kind);
  const account = await stripe.accounts.retrieve(stripeAccountId);
  await db.transaction((tx) => syncAccount(tx, account));
  return accountStatus(account, payee.kind);
}

/**
 * Copies an account's current state onto the chef and driver rows that hold it. An account
 * whose id never reached the profile (the response was lost) is linked through its metadata.
 */
export async function syncAccount(db: Executor, account: Stripe.Account): Promise<number> {
  const userId = account.metadata?.homechef_user_id;
  const role = account.metadata?.homechef_role;
  const owns = (table: typeof chefs | typeof drivers, kind: PayeeKind) =>
    userId && role === kind
      ? sql`(${table.stripeAccountId} = ${account.id} or (${table.stripeAccountId} is null and ${table.userId} = ${userId}))`
      : eq(table.stripeAccountId, account.id);
  const chefRows = await db
    .update(chefs)
    .set({
      stripeAccountId: account.id,
      stripeChargesEnabled: account.charges_enabled,
      stripePayoutsEnabled: account.payouts_enabled,
      stripeDetailsSubmitted: account.details_submitted,
    })
    .where(owns(chefs, 'chef'))
    .returning({ id: chefs.id });
  const driverRows = await db
    .update(drivers)
    .set({
      stripeAccountId: account.id,
      stripePayoutsEnabled: account.payouts_enabled,
    })
    .where(owns(drivers, 'driver'))
    .returning({ id: drivers.id });
  return chefRows.length + driverRows.length;
}
