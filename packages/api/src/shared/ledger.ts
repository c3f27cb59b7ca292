/** Writing to the money journal (ledger_entries): one balanced movement at a time. */
import { randomUUID } from 'node:crypto';
import { ledgerEntries, type Database, type NewLedgerEntry } from '@homechef/db';

/** One line of a movement: the account, the signed amount, the party and what it was. */
export type JournalLine = Pick<
  NewLedgerEntry,
  'account' | 'amountCents' | 'description' | 'chefId' | 'driverId'
>;

/**
 * Journals one movement of an order's money: `lines` under one new entry group, with the
 * order, the currency and the Stripe object (pi_…, re_…, tr_…, trr_…) they came from. The
 * lines must sum to zero; the database checks it at commit.
 */
export async function journal(
  tx: Database,
  movement: { orderId: string; currency: string; stripeObjectId: string },
  lines: JournalLine[],
): Promise<void> {
  const entryGroup = randomUUID();
  await tx
    .insert(ledgerEntries)
    .values(lines.map((line) => ({ ...movement, entryGroup, ...line })));
}
