import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { accountStatus, requirementLabel } from './status.ts';

function account(fields: Partial<Stripe.Account>, due: string[] = []): Stripe.Account {
  return {
    id: 'acct_1',
    object: 'account',
    charges_enabled: false,
    payouts_enabled: false,
    details_submitted: false,
    requirements: {
      currently_due: due,
      past_due: [],
      disabled_reason: due.length ? 'requirements.past_due' : null,
    },
    ...fields,
  } as Stripe.Account;
}

describe('accountStatus', () => {
  it('is not_started without an account', () => {
    expect(accountStatus(null, 'chef')).toMatchObject({ state: 'not_started', accountId: null });
  });

  it('is incomplete with what is missing, in words, while details are not submitted', () => {
    const status = accountStatus(
      account({}, [
        'individual.dob.day',
        'individual.dob.month',
        'individual.dob.year',
        'external_account',
      ]),
      'chef',
    );
    expect(status.state).toBe('incomplete');
    expect(status.missing).toEqual(['Date of birth', 'Bank account for payouts']);
    expect(status.requirements).toHaveLength(4);
    expect(status.disabledReason).toBe('requirements.past_due');
  });

  it('is restricted when details are in but Stripe has not enabled the account', () => {
    const status = accountStatus(
      account({ details_submitted: true, payouts_enabled: true }, ['individual.verification']),
      'chef',
    );
    expect(status.state).toBe('restricted');
    expect(status.missing).toEqual(['Identity document']);
  });

  it('a chef needs charges and payouts, a driver only payouts', () => {
    const payoutsOnly = account({ details_submitted: true, payouts_enabled: true });
    expect(accountStatus(payoutsOnly, 'chef').state).toBe('restricted');
    expect(accountStatus(payoutsOnly, 'driver').state).toBe('connected');
    const both = account({ details_submitted: true, payouts_enabled: true, charges_enabled: true });
    expect(accountStatus(both, 'chef')).toMatchObject({ state: 'connected', missing: [] });
  });

  it('labels unknown requirement codes with the code itself', () => {
    expect(requirementLabel('company.tax_id')).toBe('company.tax_id');
    expect(requirementLabel('tos_acceptance.ip')).toBe(requirementLabel('tos_acceptance.date'));
  });
});
