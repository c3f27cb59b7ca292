/**
 * The demo city's Stripe accounts. The seed invents none; with the local sandbox the server
 * creates them where they really exist, so the demo kitchens are listable and payable from the
 * first start. With a real Stripe key nothing is created: each demo person would connect
 * through the app's Payouts page like anyone else.
 */
import { demoPayoutsToConnect, type Database } from '@homechef/db';
import { ensureAccount, refreshAccountStatus } from '@homechef/payments';
import type { OnboardingDetails, StripeSandbox } from '@homechef/stripe-sandbox';
import type Stripe from 'stripe';
import type { Logger } from './logger.ts';

/** What the demo people typed into the onboarding form: everything, or only their name. */
function formFor(name: string, complete: boolean): OnboardingDetails {
  const [first = name, ...rest] = name.split(' ');
  const named = { first_name: first, last_name: rest.join(' ') || first };
  if (!complete) return named;
  return {
    ...named,
    dob: '1985-06-15',
    account_number: '000123456789',
    tos_accepted_at: Math.floor(Date.now() / 1000),
    tos_ip: '127.0.0.1',
  };
}

/**
 * Creates the demo people's Express accounts in the sandbox and fills their onboarding form
 * (completely for approved kitchens and ready drivers). Idempotent: a person whose profile
 * holds an account is skipped, and the account is created with the same Idempotency-Key as
 * the app's own onboarding, so a start interrupted half-way never makes a second one.
 */
export async function connectDemoPayouts(
  db: Database,
  stripe: Stripe,
  sandbox: StripeSandbox | null,
  logger: Logger,
): Promise<number> {
  const missing = await demoPayoutsToConnect(db);
  if (missing.length === 0) return 0;
  if (!sandbox) {
    logger.info(
      { people: missing.length },
      'demo kitchens and drivers have no Stripe account: with STRIPE_SECRET_KEY set none is created; each connects through the Payouts page',
    );
    return 0;
  }
  const started = performance.now();
  for (const { kind, userId, name, complete } of missing) {
    const payee = { kind, userId };
    const accountId = await ensureAccount(db, stripe, payee);
    sandbox.submitOnboarding(accountId, formFor(name, complete));
    await refreshAccountStatus(db, stripe, payee);
  }
  logger.info(
    { accounts: missing.length, ms: Math.round(performance.now() - started) },
    'connected the demo city’s Stripe accounts in the sandbox',
  );
  return missing.length;
}
