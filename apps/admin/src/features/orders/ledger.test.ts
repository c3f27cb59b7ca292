import { describe, expect, it } from 'vitest';
import { dollarsToCents, groupLedger, ledgerBalance, type LedgerEntry } from './ledger.ts';

let nextId = 1;
function entry(group: string, account: string, amountCents: number): LedgerEntry {
  return {
    id: nextId++,
    entryGroup: group,
    account,
    amountCents,
    currency: 'usd',
    stripeObjectId: `pi_${group}`,
    description: `${group} ${account}`,
    createdAt: new Date('2026-12-04T12:00:00Z'),
  };
}

const paid = [
  entry('pay', 'customer_charge', -3150),
  entry('pay', 'chef_share', 2125),
  entry('pay', 'platform_fee', 1025),
];
const partRefund = [
  entry('ref', 'refund', 500),
  entry('ref', 'chef_share', -337),
  entry('ref', 'platform_fee', -163),
];

describe('ledger', () => {
  it('groups entries by movement, in order', () => {
    const groups = groupLedger([...paid, ...partRefund]);
    expect(groups.map((g) => [g.id, g.entries.length, g.title])).toEqual([
      ['pay', 3, 'pay customer_charge'],
      ['ref', 3, 'ref refund'],
    ]);
  });

  it('balances a paid and partly refunded order to the cent', () => {
    expect(ledgerBalance([...paid, ...partRefund])).toEqual({
      chargedCents: 3150,
      chefCents: 1788,
      driverCents: 0,
      platformCents: 862,
      refundedCents: 500,
      differenceCents: 0,
    });
  });

  it('shows the difference when an entry is missing', () => {
    expect(ledgerBalance([...paid, partRefund[0]!]).differenceCents).toBe(-500);
  });

  it('reads dollars as whole cents', () => {
    expect(dollarsToCents('12.5')).toBe(1250);
    expect(dollarsToCents('$4')).toBe(400);
    expect(dollarsToCents(' 0.07 ')).toBe(7);
    expect(dollarsToCents('12.505')).toBeNull();
    expect(dollarsToCents('-3')).toBeNull();
    expect(dollarsToCents('')).toBeNull();
  });
});
