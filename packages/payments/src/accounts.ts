import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
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

type Executor = Pick<Database, 'select' | 'update' | 'execute'>;

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
  const read = await readAccount(db, stripe, stripeAccountId);
  await syncAccount(db, read);
  return accountStatus(read.account, payee.kind);
}

/**
 * An account as Stripe returned it, and when the read started by the database's clock (one
 * clock for every server instance; kept as text for its microseconds). A read that started
 * later saw Stripe's state at least as new, so the later `readAt` wins when two reads race.
 */
export interface AccountRead {
  account: Stripe.Account;
  readAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first row of a raw statement's result: an array on postgres.js, `{ rows }` on PGlite. */
export function firstRow<T>(result: unknown): T | undefined {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows)[0] as T | undefined;
}

/**
 * The database's clock now, as text (microseconds kept), to stamp a read about to start, and
 * whether the event `eventId` was processed already (one round trip for the webhook's check).
 */
export async function readStamp(
  db: Executor,
  eventId: string | null = null,
): Promise<{ readAt: string; processed: boolean }> {
  const row = firstRow<{ read_at: string; processed: boolean }>(
    await db.execute(
      sql`select clock_timestamp()::text as read_at, exists (select 1 from stripe_events where id = ${eventId} and processed_at is not null) as processed`,
    ),
  );
  if (!row) throw new Error('the database did not answer the clock');
  return { readAt: row.read_at, processed: row.processed };
}

export async function readAccount(db: Executor, stripe: Stripe, id: string): Promise<AccountRead> {
  const { readAt } = await readStamp(db);
  return { account: await stripe.accounts.retrieve(id), readAt };
}

/**
 * Common table expressions `chef` and `driver` that copy an account's state onto the rows
 * holding it, unless a read that started later was written already (so a slow, stale read
 * never overwrites a newer one). An account whose id never reached the profile (the response
 * was lost) is linked through its metadata. `only` adds a condition (the webhook's "this event
 * was claimed"). Plain SQL: this runs for every webhook, and building it costs a third of what
 * the query builder's two updates do.
 */
export function accountWrites({ account, readAt }: AccountRead, only: SQL = sql`true`): SQL {
  const userId = account.metadata?.homechef_user_id;
  const role = account.metadata?.homechef_role;
  const owns = (kind: PayeeKind) =>
    userId && role === kind && UUID.test(userId)
      ? sql`(stripe_account_id = ${account.id} or (stripe_account_id is null and user_id = ${userId}::uuid))`
      : sql`stripe_account_id = ${account.id}`;
  const fresh = sql`(stripe_synced_at is null or stripe_synced_at <= ${readAt}::timestamptz)`;
  return sql`chef as (
    update chefs set stripe_account_id = ${account.id},
      stripe_charges_enabled = ${account.charges_enabled},
      stripe_payouts_enabled = ${account.payouts_enabled},
      stripe_details_submitted = ${account.details_submitted},
      stripe_synced_at = ${readAt}::timestamptz, updated_at = now()
    where ${owns('chef')} and ${fresh} and ${only} returning id
  ), driver as (
    update drivers set stripe_account_id = ${account.id},
      stripe_payouts_enabled = ${account.payouts_enabled},
      stripe_synced_at = ${readAt}::timestamptz, updated_at = now()
    where ${owns('driver')} and ${fresh} and ${only} returning id
  )`;
}

/** Writes a read account onto the profiles holding it, in one statement. */
export async function syncAccount(db: Executor, read: AccountRead): Promise<void> {
  await db.execute(sql`with ${accountWrites(read)} select 1`);
}
