import {
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  existsSync,
  openSync,
  fsyncSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import type Stripe from 'stripe';

/** What the person typed on the hosted onboarding page, per connected account. */
export interface OnboardingDetails {
  first_name?: string;
  last_name?: string;
  dob?: string;
  account_number?: string;
  tos_accepted_at?: number;
  tos_ip?: string;
}

export interface AccountLinkRecord {
  token: string;
  account: string;
  type: string;
  refresh_url: string;
  return_url: string;
  created: number;
  expires_at: number;
  opened_at: number | null;
  submitted_at: number | null;
}

export interface IdempotencyRecord {
  key: string;
  fingerprint: string;
  status: number;
  body: string;
  created: number;
}

export interface Delivery {
  id: string;
  event: string;
  endpoint: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  /** Delivery order among deliveries due at the same moment. */
  order: number;
}

/** The PaymentIntent settings a Checkout Session's payment will use, from `payment_intent_data`. */
export interface SessionIntentSettings {
  fee: number | null;
  destination: string | null;
  transferGroup: string | null;
  metadata: Record<string, string>;
  description: string | null;
}

export interface State {
  version: 1;
  accounts: Record<string, Stripe.Account>;
  onboarding: Record<string, OnboardingDetails>;
  accountLinks: Record<string, AccountLinkRecord>;
  loginLinks: Record<string, { account: string; created: number }>;
  checkoutSessions: Record<string, Stripe.Checkout.Session>;
  lineItems: Record<string, Stripe.LineItem[]>;
  sessionIntents: Record<string, SessionIntentSettings>;
  paymentIntents: Record<string, Stripe.PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  applicationFees: Record<string, Stripe.ApplicationFee>;
  refunds: Record<string, Stripe.Refund>;
  transfers: Record<string, Stripe.Transfer>;
  balanceTransactions: Record<string, Stripe.BalanceTransaction>;
  events: Record<string, Stripe.Event>;
  /** Object id -> connected account that owns it; absent means the platform. */
  owners: Record<string, string>;
  idempotency: Record<string, IdempotencyRecord>;
  deliveries: Delivery[];
}

export function emptyState(): State {
  return {
    version: 1,
    accounts: {},
    onboarding: {},
    accountLinks: {},
    loginLinks: {},
    checkoutSessions: {},
    lineItems: {},
    sessionIntents: {},
    paymentIntents: {},
    charges: {},
    applicationFees: {},
    refunds: {},
    transfers: {},
    balanceTransactions: {},
    events: {},
    owners: {},
    idempotency: {},
    deliveries: [],
  };
}

/** How long changes gather before the state file is written, at least. */
const SAVE_DELAY_MS = 25;
/** Writing takes at most about a tenth of the time, however large the state grows. */
const SAVE_DELAY_PER_WRITE = 10;

/**
 * The whole sandbox state in one JSON file, replaced atomically (write, fsync, rename). Changes
 * made within a few milliseconds are written together, so a busy sandbox does not rewrite its
 * whole state on every request; `flush` (on close) writes what is pending at once.
 */
export class Store {
  readonly file: string;
  state: State;
  #pending: NodeJS.Timeout | undefined;
  #lastWriteMs = 0;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'stripe-sandbox.json');
    this.state = existsSync(this.file)
      ? { ...emptyState(), ...(JSON.parse(readFileSync(this.file, 'utf8')) as State) }
      : emptyState();
  }

  /** The state changed: write it soon. */
  save(): void {
    this.#pending ??= setTimeout(
      () => this.flush(),
      Math.max(SAVE_DELAY_MS, this.#lastWriteMs * SAVE_DELAY_PER_WRITE),
    );
  }

  flush(): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
    const started = performance.now();
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, this.file);
    this.#lastWriteMs = performance.now() - started;
  }
}
