import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { chefs } from './chefs.ts';
import {
  cents,
  createdAt,
  currency,
  currencyCheck,
  movementChecks,
  movementColumns,
  nonNegativeCheck,
  optionalRef,
  requiredRef,
  serialId,
  timestamps,
  timestamptz,
  uuidId,
} from './columns.ts';
import { drivers } from './drivers.ts';
import { orders } from './orders.ts';
import { users } from './users.ts';
import {
  LEDGER_ACCOUNTS,
  PAYMENT_STATUSES,
  REFUND_STATUSES,
  TRANSFER_STATUSES,
} from '@homechef/validators/constants';

/** Mirrors Stripe's PaymentIntent statuses that matter to us (`failed` = last attempt failed). */
export const paymentStatus = pgEnum('payment_status', PAYMENT_STATUSES);
export const refundStatus = pgEnum('refund_status', REFUND_STATUSES);
export const transferStatus = pgEnum('transfer_status', TRANSFER_STATUSES);
/**
 * Accounts of the double-entry journal. Sign convention: money leaving the customer is
 * negative on `customer_charge`; money credited to a party is positive on its account.
 */
export const ledgerAccount = pgEnum('ledger_account', LEDGER_ACCOUNTS);

/** One PaymentIntent per order: a destination charge to the chef's Express account. */
export const payments = pgTable(
  'payments',
  {
    id: uuidId(),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    stripePaymentIntentId: text('stripe_payment_intent_id').notNull(),
    amountCents: cents('amount_cents'),
    /** 15% of food + delivery fee + tip; the driver's part is transferred out on delivery. */
    applicationFeeCents: cents('application_fee_cents'),
    currency: currency(),
    status: paymentStatus('status').notNull().default('requires_payment_method'),
    destinationAccountId: text('destination_account_id').notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payments_order_id_key').on(t.orderId),
    uniqueIndex('payments_stripe_payment_intent_id_key').on(t.stripePaymentIntentId),
    nonNegativeCheck('payments', t.amountCents),
    check(
      'payments_application_fee_cents_check',
      sql`${t.applicationFeeCents} >= 0 and ${t.applicationFeeCents} <= ${t.amountCents}`,
    ),
    currencyCheck('payments', t.currency),
  ],
);

export const refunds = pgTable(
  'refunds',
  {
    id: uuidId(),
    paymentId: requiredRef('payment_id', () => payments.id, 'restrict'),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    /** Null until Stripe answered (the row is written first so a crash leaves a trace). */
    stripeRefundId: text('stripe_refund_id'),
    ...movementColumns(),
    reason: text('reason'),
    /**
     * The admin said the delivery itself failed: the driver gives back their part of this
     * refund (a `transfer_reversals` row, written when the refund succeeds).
     */
    driverAtFault: boolean('driver_at_fault').notNull().default(false),
    status: refundStatus('status').notNull().default('pending'),
    createdByUserId: optionalRef('created_by_user_id', () => users.id, 'restrict'),
    ...timestamps(),
  },
  (t) => [
    ...movementChecks('refunds', t.stripeRefundId, t),
    index('refunds_payment_id_idx').on(t.paymentId),
    index('refunds_order_id_idx').on(t.orderId),
  ],
);

/** Platform → driver transfer of delivery fee + tip, at most one per order. */
export const transfers = pgTable(
  'transfers',
  {
    id: uuidId(),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    driverId: requiredRef('driver_id', () => drivers.id, 'restrict'),
    stripeTransferId: text('stripe_transfer_id'),
    destinationAccountId: text('destination_account_id').notNull(),
    ...movementColumns(),
    status: transferStatus('status').notNull().default('pending'),
    ...timestamps(),
  },
  (t) => [
    ...movementChecks('transfers', t.stripeTransferId, t),
    uniqueIndex('transfers_order_id_key').on(t.orderId),
    index('transfers_driver_id_idx').on(t.driverId),
  ],
);

/**
 * The driver's part of a refund taken back from their transfer (Stripe transfer reversal), one
 * per refund whose driver was at fault. Written `pending` in the transaction that journals the
 * refund, sent to Stripe with `transfer_reversal:<refund id>` as Idempotency-Key, journaled in
 * a second transaction (driver_share −amount, platform_fee +amount). `failed`: nothing was
 * taken back (the transfer never went out, or Stripe refused for good).
 */
export const transferReversals = pgTable(
  'transfer_reversals',
  {
    id: uuidId(),
    transferId: requiredRef('transfer_id', () => transfers.id, 'restrict'),
    refundId: requiredRef('refund_id', () => refunds.id, 'restrict'),
    orderId: requiredRef('order_id', () => orders.id, 'restrict'),
    driverId: requiredRef('driver_id', () => drivers.id, 'restrict'),
    stripeReversalId: text('stripe_reversal_id'),
    ...movementColumns(),
    status: transferStatus('status').notNull().default('pending'),
    ...timestamps(),
  },
  (t) => [
    ...movementChecks('transfer_reversals', t.stripeReversalId, t),
    uniqueIndex('transfer_reversals_refund_id_key').on(t.refundId),
    index('transfer_reversals_transfer_id_idx').on(t.transferId),
    index('transfer_reversals_order_id_idx').on(t.orderId),
  ],
);

/**
 * Double-entry journal of every money movement. Rows are append-only (trigger) and the
 * entries sharing an entry_group sum to 0 in one currency (deferred constraint trigger,
 * checked at commit). For every order:
 *
 *   charged = chef_share + driver_share + platform_fee + refund      (to the cent)
 *
 * where charged = −Σ customer_charge. Typical groups:
 *   charge:   customer_charge −total, chef_share +(subtotal − platform_fee),
 *             platform_fee +(platform_fee + delivery_fee + tip)
 *   delivery: platform_fee −(delivery_fee + tip), driver_share +(delivery_fee + tip)
 *   refund:   refund +amount, and −amount on whoever bears it (chef_share/platform_fee)
 *   reversal: driver_share −amount, platform_fee +amount (driver at fault for a refund)
 * chef_id / driver_id name the party of chef_share / driver_share rows (earnings queries).
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: serialId(),
    orderId: optionalRef('order_id', () => orders.id, 'restrict'),
    entryGroup: uuid('entry_group').notNull(),
    account: ledgerAccount('account').notNull(),
    /** Signed; see the sign convention on ledger_account. */
    amountCents: cents('amount_cents'),
    currency: currency(),
    chefId: optionalRef('chef_id', () => chefs.id, 'restrict'),
    driverId: optionalRef('driver_id', () => drivers.id, 'restrict'),
    /** pi_…, re_…, tr_… the movement came from. */
    stripeObjectId: text('stripe_object_id'),
    description: text('description'),
    createdAt: createdAt(),
  },
  (t) => [
    index('ledger_entries_order_id_idx').on(t.orderId),
    index('ledger_entries_entry_group_idx').on(t.entryGroup),
    index('ledger_entries_chef_id_idx')
      .on(t.chefId, t.createdAt)
      .where(sql`${t.chefId} is not null`),
    index('ledger_entries_driver_id_idx')
      .on(t.driverId, t.createdAt)
      .where(sql`${t.driverId} is not null`),
    check(
      'ledger_entries_chef_share_party_check',
      sql`${t.account} <> 'chef_share' or ${t.chefId} is not null`,
    ),
    check(
      'ledger_entries_driver_share_party_check',
      sql`${t.account} <> 'driver_share' or ${t.driverId} is not null`,
    ),
    currencyCheck('ledger_entries', t.currency),
  ],
);

/** Processed Stripe webhook events: the primary key makes handling idempotent. */
export const stripeEvents = pgTable(
  'stripe_events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
    processedAt: timestamptz('processed_at'),
    /** Last handling error, if any; cleared when processing succeeds. */
    error: text('error'),
    payload: jsonb('payload').notNull(),
  },
  (t) => [
    index('stripe_events_type_idx').on(t.type),
    index('stripe_events_unprocessed_idx')
      .on(t.receivedAt)
      .where(sql`${t.processedAt} is null`),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type Refund = typeof refunds.$inferSelect;
export type Transfer = typeof transfers.$inferSelect;
export type LedgerEntry = typeof ledgerEntries.$inferSelect;
export type NewLedgerEntry = typeof ledgerEntries.$inferInsert;
