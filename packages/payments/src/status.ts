import type Stripe from 'stripe';

/** Who holds the Express account: chefs take charges, drivers only receive payouts. */
export type PayeeKind = 'chef' | 'driver';

export type AccountState = 'not_started' | 'incomplete' | 'restricted' | 'connected';

export interface AccountStatus {
  state: AccountState;
  accountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  /** What Stripe still needs, in words (empty when nothing is due). */
  missing: string[];
  /** Stripe's own requirement codes (`requirements.currently_due` and `past_due`). */
  requirements: string[];
  /** Stripe's `requirements.disabled_reason`, e.g. `requirements.past_due`. */
  disabledReason: string | null;
}

const LABELS: [prefix: string, label: string][] = [
  ['individual.first_name', 'First name'],
  ['individual.last_name', 'Last name'],
  ['individual.dob', 'Date of birth'],
  ['individual.address', 'Home address'],
  ['individual.email', 'E-mail address'],
  ['individual.phone', 'Phone number'],
  ['individual.ssn_last_4', 'Last 4 digits of the SSN'],
  ['individual.id_number', 'ID number'],
  ['individual.verification', 'Identity document'],
  ['business_profile', 'Business details'],
  ['business_type', 'Business type'],
  ['external_account', 'Bank account for payouts'],
  ['tos_acceptance', 'Acceptance of the Stripe services agreement'],
];

/** A requirement code in words; codes sharing a label (dob.day/month/year) give one line. */
export function requirementLabel(code: string): string {
  const hit = LABELS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}.`));
  return hit ? hit[1] : code;
}

/**
 * The person-facing state of an account. A chef is connected once charges and payouts are
 * enabled (customers can pay the kitchen), a driver once payouts are enabled.
 */
export function accountStatus(account: Stripe.Account | null, kind: PayeeKind): AccountStatus {
  if (!account) {
    return {
      state: 'not_started',
      accountId: null,
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
      missing: [],
      requirements: [],
      disabledReason: null,
    };
  }
  const chargesEnabled = account.charges_enabled;
  const payoutsEnabled = account.payouts_enabled;
  const detailsSubmitted = account.details_submitted;
  const requirements = [
    ...new Set([
      ...(account.requirements?.past_due ?? []),
      ...(account.requirements?.currently_due ?? []),
    ]),
  ];
  const enabled = kind === 'chef' ? chargesEnabled && payoutsEnabled : payoutsEnabled;
  const state: AccountState = enabled
    ? 'connected'
    : detailsSubmitted
      ? 'restricted'
      : 'incomplete';
  return {
    state,
    accountId: account.id,
    chargesEnabled,
    payoutsEnabled,
    detailsSubmitted,
    missing: [...new Set(requirements.map(requirementLabel))],
    requirements,
    disabledReason: account.requirements?.disabled_reason ?? null,
  };
}
