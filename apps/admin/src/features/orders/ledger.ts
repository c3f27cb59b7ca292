/**
 * An order's journal as an admin checks it: entries grouped by the money movement that wrote
 * them, and the identity every order must keep, to the cent:
 * charged = chef share + driver share + platform fee + refunded.
 */
import type { RouterOutputs } from '@homechef/app-kit';

export type LedgerEntry = RouterOutputs['admin']['order']['ledger'][number];

export const ACCOUNT_LABELS: Record<string, string> = {
  customer_charge: 'Customer charged',
  chef_share: 'Kitchen',
  driver_share: 'Driver',
  platform_fee: 'Platform',
  refund: 'Refunded to the customer',
};

export interface LedgerGroup {
  id: string;
  at: Date;
  /** The first entry's description names the movement ("Card payment", "Refund to …"). */
  title: string;
  stripeObjectId: string | null;
  entries: LedgerEntry[];
}

/** Entries of one movement together, in the order they were written. */
export function groupLedger(entries: readonly LedgerEntry[]): LedgerGroup[] {
  const groups = new Map<string, LedgerGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.entryGroup);
    if (!group) {
      group = {
        id: entry.entryGroup,
        at: entry.createdAt,
        title: entry.description ?? ACCOUNT_LABELS[entry.account] ?? entry.account,
        stripeObjectId: entry.stripeObjectId,
        entries: [],
      };
      groups.set(entry.entryGroup, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

export interface LedgerBalance {
  chargedCents: number;
  chefCents: number;
  driverCents: number;
  platformCents: number;
  refundedCents: number;
  /** charged − (chef + driver + platform + refunded): zero when the books balance. */
  differenceCents: number;
}

/** Sums each account; money leaving the customer is negative on `customer_charge`. */
export function ledgerBalance(entries: readonly LedgerEntry[]): LedgerBalance {
  const sum = (account: string) =>
    entries.filter((e) => e.account === account).reduce((s, e) => s + e.amountCents, 0);
  const chargedCents = -sum('customer_charge');
  const chefCents = sum('chef_share');
  const driverCents = sum('driver_share');
  const platformCents = sum('platform_fee');
  const refundedCents = sum('refund');
  return {
    chargedCents,
    chefCents,
    driverCents,
    platformCents,
    refundedCents,
    differenceCents: chargedCents - (chefCents + driverCents + platformCents + refundedCents),
  };
}

/**
 * "12.50", "$12.5" or "12" → cents; anything else → null. Refund amounts are typed in
 * dollars and must be whole cents.
 */
export function dollarsToCents(typed: string): number | null {
  const match = /^\$?\s*(\d{1,7})(?:\.(\d{1,2}))?$/.exec(typed.trim());
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
