import type Stripe from 'stripe';
import { invalidRequest, noSuch, StripeApiError } from './errors.ts';
import { type Reader } from './form.ts';
import { newId, now } from './ids.ts';
import {
  applyOnboarding,
  buildAccount,
  buildApplicationFee,
  buildBalanceTransaction,
  buildCharge,
  buildCheckoutSession,
  buildFeeRefund,
  buildLineItem,
  buildPaymentIntent,
  buildPrice,
  buildRefund,
  buildReversal,
  buildTransfer,
  type Card,
} from './objects.ts';
import type { OnboardingDetails, State, Store } from './state.ts';

export type EventType = Stripe.Event['type'];
export type EventObject<T extends EventType> = Extract<Stripe.Event, { type: T }>['data']['object'];

/** Stripe's test cards and what each does. */
export type CardBehaviour =
  | { kind: 'success'; brand: string }
  | { kind: 'decline'; code: 'card_declined'; declineCode: string; message: string }
  | { kind: 'authenticate'; brand: string };

export const TEST_CARDS: Record<string, CardBehaviour> = {
  '4242424242424242': { kind: 'success', brand: 'visa' },
  '5555555555554444': { kind: 'success', brand: 'mastercard' },
  '4000000000000002': {
    kind: 'decline',
    code: 'card_declined',
    declineCode: 'generic_decline',
    message: 'Your card was declined.',
  },
  '4000000000009995': {
    kind: 'decline',
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  '4000002500003155': { kind: 'authenticate', brand: 'visa' },
};

/** Stripe's test PaymentMethod ids, for confirming a PaymentIntent through the API. */
export const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_mastercard: '5555555555554444',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_authenticationRequired: '4000002500003155',
};

export interface EngineHooks {
  /** Called for every event created; the webhook dispatcher queues it. */
  onEvent(event: Stripe.Event): void;
  baseUrl(): string;
}

export interface RequestInfo {
  id: string;
  idempotencyKey: string | null;
}

const clone = <T>(value: T): T => structuredClone(value);

/** The sandbox's business rules: every state change goes through here and emits its events. */
export class Engine {
  constructor(
    private readonly store: Store,
    private readonly hooks: EngineHooks,
  ) {}

  get state(): State {
    return this.store.state;
  }

  request: RequestInfo | null = null;

  emit<T extends EventType>(
    type: T,
    object: EventObject<T>,
    options: { previous?: Record<string, unknown>; account?: string } = {},
  ): Stripe.Event {
    // The union member for `type` is picked by the caller's generic; TypeScript cannot
    // narrow a union from a generic key, so the envelope is asserted once here.
    const event = {
      id: newId('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created: now(),
      data: {
        object: clone(object),
        ...(options.previous ? { previous_attributes: options.previous } : {}),
      },
      livemode: false,
      pending_webhooks: 0,
      request: this.request
        ? { id: this.request.id, idempotency_key: this.request.idempotencyKey }
        : { id: null, idempotency_key: null },
      type,
      ...(options.account ? { account: options.account } : {}),
    } as unknown as Stripe.Event;
    this.state.events[event.id] = event;
    this.hooks.onEvent(event);
    return event;
  }

  // ---- accounts -------------------------------------------------------------------------

  account(id: string, param = 'id'): Stripe.Account {
    const account = this.state.accounts[id];
    if (!account) throw noSuch('account', id, param);
    return account;
  }

  createAccount(p: Reader): Stripe.Account {
    const type = p.str('type') ?? 'express';
    if (type !== 'express') {
      throw invalidRequest(`The sandbox supports Express accounts only (got type '${type}').`, {
        param: 'type',
      });
    }
    const caps = p.obj('capabilities');
    const requested = caps
      ? Object.keys(caps.params).filter((name) => caps.obj(name)?.bool('requested') === true)
      : ['card_payments', 'transfers'];
    const businessType = p.str('business_type') ?? 'individual';
    if (!['individual', 'company', 'non_profit', 'government_entity'].includes(businessType)) {
      throw invalidRequest(`Invalid business_type: ${businessType}`, { param: 'business_type' });
    }
    const account = buildAccount({
      country: p.str('country') ?? 'US',
      email: p.str('email') ?? null,
      businessType: businessType,
      requested,
      metadata: p.metadata(),
    });
    this.state.accounts[account.id] = account;
    this.state.onboarding[account.id] = {};
    return account;
  }

  updateAccount(id: string, p: Reader): Stripe.Account {
    const account = this.account(id);
    const previous = applyUpdate(account, p, 'email');
    this.emit('account.updated', account, { previous, account: account.id });
    return account;
  }

  /** Applies what the person entered on the hosted onboarding page. */
  submitOnboarding(accountId: string, fields: OnboardingDetails): Stripe.Account {
    const account = this.account(accountId);
    const details = { ...this.state.onboarding[accountId], ...fields };
    this.state.onboarding[accountId] = details;
    const before = {
      charges_enabled: account.charges_enabled,
      payouts_enabled: account.payouts_enabled,
      details_submitted: account.details_submitted,
      requirements: clone(account.requirements),
      capabilities: clone(account.capabilities),
    };
    applyOnboarding(account, details);
    if (
      JSON.stringify(before.requirements) !== JSON.stringify(account.requirements) ||
      before.charges_enabled !== account.charges_enabled
    ) {
      this.emit('account.updated', account, { previous: before, account: account.id });
    }
    return account;
  }

  // ---- balance --------------------------------------------------------------------------

  private ledger(
    account: string | null,
    input: Parameters<typeof buildBalanceTransaction>[0],
  ): Stripe.BalanceTransaction {
    const txn = buildBalanceTransaction(input);
    this.state.balanceTransactions[txn.id] = txn;
    if (account) this.state.owners[txn.id] = account;
    return txn;
  }

  available(account: string | null, currency: string): number {
    let total = 0;
    for (const txn of Object.values(this.state.balanceTransactions)) {
      if ((this.state.owners[txn.id] ?? null) === account && txn.currency === currency)
        total += txn.net;
    }
    return total;
  }

  balance(account: string | null): Stripe.Balance {
    const byCurrency = new Map<string, number>();
    for (const txn of Object.values(this.state.balanceTransactions)) {
      if ((this.state.owners[txn.id] ?? null) !== account) continue;
      byCurrency.set(txn.currency, (byCurrency.get(txn.currency) ?? 0) + txn.net);
    }
    if (byCurrency.size === 0) byCurrency.set('usd', 0);
    const currencies = [...byCurrency.keys()].sort();
    return {
      object: 'balance',
      available: currencies.map((currency) => ({
        amount: byCurrency.get(currency) ?? 0,
        currency,
        source_types: { card: byCurrency.get(currency) ?? 0 },
      })),
      livemode: false,
      pending: currencies.map((currency) => ({ amount: 0, currency, source_types: { card: 0 } })),
      ...(account
        ? {}
        : { connect_reserved: currencies.map((currency) => ({ amount: 0, currency })) }),
    };
  }

  // ---- payments -------------------------------------------------------------------------

  paymentIntent(id: string, param = 'id'): Stripe.PaymentIntent {
    const pi = this.state.paymentIntents[id];
    if (!pi) throw noSuch('payment_intent', id, param);
    return pi;
  }

  charge(id: string, param = 'id'): Stripe.Charge {
    const ch = this.state.charges[id];
    if (!ch) throw noSuch('charge', id, param);
    return ch;
  }

  private readConnectFields(p: Reader, amount: number) {
    const fee = p.int('application_fee_amount') ?? null;
    if (fee !== null && (fee < 0 || fee > amount)) {
      throw invalidRequest('The application fee amount must be between 0 and the payment amount.', {
        param: 'application_fee_amount',
      });
    }
    const destination = p.obj('transfer_data')?.str('destination') ?? null;
    if (destination) {
      const acct = this.account(destination, 'transfer_data[destination]');
      if (acct.capabilities?.transfers !== 'active') {
        throw invalidRequest(
          `Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments`,
          { param: 'transfer_data[destination]', code: 'insufficient_capabilities_for_transfer' },
        );
      }
    }
    if (fee !== null && !destination) {
      throw invalidRequest(
        'Can only apply an application_fee_amount when the request is made on behalf of another account (using an OAuth key, the Stripe-Account header, or the destination parameter).',
        {
          param: 'application_fee_amount',
        },
      );
    }
    return { fee, destination };
  }

  createPaymentIntent(p: Reader): Stripe.PaymentIntent {
    const amount = p.reqInt('amount');
    if (amount < 50) {
      throw invalidRequest('Amount must be at least $0.50 usd', {
        code: 'amount_too_small',
        param: 'amount',
      });
    }
    const currency = p.reqStr('currency').toLowerCase();
    const { fee, destination } = this.readConnectFields(p, amount);
    const pi = buildPaymentIntent({
      amount,
      currency,
      metadata: p.metadata(),
      applicationFeeAmount: fee,
      destination,
      transferGroup: p.str('transfer_group') ?? null,
      description: p.str('description') ?? null,
      receiptEmail: p.str('receipt_email') ?? null,
    });
    this.state.paymentIntents[pi.id] = pi;
    this.emit('payment_intent.created', pi);
    const pm = p.str('payment_method');
    if (pm) pi.payment_method = pm;
    if (p.bool('confirm')) return this.confirmPaymentIntent(pi.id, pm ?? null, p.str('return_url'));
    return pi;
  }

  updatePaymentIntent(id: string, p: Reader): Stripe.PaymentIntent {
    const pi = this.paymentIntent(id);
    if (p.has('metadata')) pi.metadata = p.metadata(pi.metadata);
    const description = p.str('description');
    if (description !== undefined) pi.description = description;
    return pi;
  }

  confirmPaymentIntent(
    id: string,
    paymentMethod: string | null,
    returnUrl?: string,
  ): Stripe.PaymentIntent {
    const pi = this.paymentIntent(id);
    const pm = paymentMethod ?? (typeof pi.payment_method === 'string' ? pi.payment_method : null);
    if (!pm) {
      throw invalidRequest(
        "You cannot confirm this PaymentIntent because it's missing a payment method.",
        {
          code: 'payment_intent_unexpected_state',
          param: 'payment_method',
        },
      );
    }
    const number = TEST_PAYMENT_METHODS[pm];
    if (!number) throw noSuch('PaymentMethod', pm, 'payment_method');
    const result = this.attempt(pi, number, pm, returnUrl);
    if (result.kind === 'declined') {
      throw new StripeApiError(402, {
        type: 'card_error',
        code: 'card_declined',
        decline_code: result.declineCode,
        message: result.message,
        charge: result.charge,
        payment_intent: clone(pi),
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      });
    }
    return pi;
  }

  cancelPaymentIntent(id: string, reason: string | undefined): Stripe.PaymentIntent {
    const pi = this.paymentIntent(id);
    if (pi.status === 'succeeded' || pi.status === 'canceled') {
      throw invalidRequest(
        `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
        { code: 'payment_intent_unexpected_state' },
      );
    }
    pi.status = 'canceled';
    pi.canceled_at = now();
    pi.cancellation_reason = reason ?? null;
    pi.next_action = null;
    this.emit('payment_intent.canceled', pi);
    return pi;
  }

  /**
   * Runs a card against a PaymentIntent: succeeds, declines (a failed charge) or asks for
   * authentication (status `requires_action` until `completeAuthentication`).
   */
  attempt(
    pi: Stripe.PaymentIntent,
    number: string,
    paymentMethod: string,
    returnUrl?: string,
  ):
    | { kind: 'succeeded' }
    | { kind: 'declined'; charge: string; declineCode: string; message: string }
    | { kind: 'requires_action' } {
    if (pi.status === 'succeeded' || pi.status === 'canceled') {
      throw invalidRequest(
        `This PaymentIntent's status is ${pi.status}, so it cannot be confirmed.`,
        {
          code: 'payment_intent_unexpected_state',
        },
      );
    }
    const behaviour = TEST_CARDS[number];
    if (!behaviour) {
      throw new StripeApiError(402, {
        type: 'card_error',
        code: 'incorrect_number',
        message: 'Your card number is incorrect.',
        param: 'number',
      });
    }
    pi.payment_method = paymentMethod;
    if (behaviour.kind === 'decline') {
      const charge = buildCharge(pi, { number, brand: 'visa' }, paymentMethod, {
        code: behaviour.code,
        declineCode: behaviour.declineCode,
        message: behaviour.message,
      });
      this.state.charges[charge.id] = charge;
      pi.latest_charge = charge.id;
      pi.status = 'requires_payment_method';
      pi.last_payment_error = {
        type: 'card_error',
        code: behaviour.code,
        decline_code: behaviour.declineCode,
        message: behaviour.message,
        charge: charge.id,
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      };
      this.emit('charge.failed', charge);
      this.emit('payment_intent.payment_failed', pi);
      return {
        kind: 'declined',
        charge: charge.id,
        declineCode: behaviour.declineCode,
        message: behaviour.message,
      };
    }
    if (behaviour.kind === 'authenticate' && pi.status !== 'requires_action') {
      pi.status = 'requires_action';
      pi.last_payment_error = null;
      pi.next_action = {
        type: 'redirect_to_url',
        redirect_to_url: {
          url: `${this.hooks.baseUrl()}/authenticate/${pi.id}`,
          return_url: returnUrl ?? null,
        },
      };
      this.pendingCards.set(pi.id, { number, brand: behaviour.brand });
      this.emit('payment_intent.requires_action', pi);
      return { kind: 'requires_action' };
    }
    this.succeed(pi, { number, brand: behaviour.brand }, paymentMethod);
    return { kind: 'succeeded' };
  }

  private readonly pendingCards = new Map<string, Card>();

  /** The person confirmed or failed the authentication step. */
  completeAuthentication(piId: string, ok: boolean): Stripe.PaymentIntent {
    const pi = this.paymentIntent(piId);
    if (pi.status !== 'requires_action') {
      throw invalidRequest(
        `This PaymentIntent's status is ${pi.status}; it is not awaiting authentication.`,
        {
          code: 'payment_intent_unexpected_state',
        },
      );
    }
    pi.next_action = null;
    const pm =
      typeof pi.payment_method === 'string' ? pi.payment_method : 'pm_card_authenticationRequired';
    if (ok) {
      this.succeed(
        pi,
        this.pendingCards.get(pi.id) ?? { number: '4000002500003155', brand: 'visa' },
        pm,
      );
    } else {
      pi.status = 'requires_payment_method';
      pi.last_payment_error = {
        type: 'invalid_request_error',
        code: 'payment_intent_authentication_failure',
        message:
          'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
        doc_url: 'https://stripe.com/docs/error-codes/payment-intent-authentication-failure',
      };
      this.emit('payment_intent.payment_failed', pi);
    }
    this.pendingCards.delete(pi.id);
    return pi;
  }

  private succeed(pi: Stripe.PaymentIntent, card: Card, paymentMethod: string): void {
    const charge = buildCharge(pi, card, paymentMethod, null);
    this.state.charges[charge.id] = charge;
    const chargeTxn = this.ledger(null, {
      amount: charge.amount,
      currency: charge.currency,
      type: 'charge',
      source: charge.id,
      reportingCategory: 'charge',
    });
    charge.balance_transaction = chargeTxn.id;
    pi.status = 'succeeded';
    pi.amount_received = pi.amount;
    pi.latest_charge = charge.id;
    pi.last_payment_error = null;
    pi.next_action = null;

    const destination =
      typeof pi.transfer_data?.destination === 'string' ? pi.transfer_data.destination : null;
    let transfer: Stripe.Transfer | null = null;
    let fee: Stripe.ApplicationFee | null = null;
    if (destination) {
      // A destination charge: the whole amount goes to the connected account, which then
      // pays the platform its application fee.
      const feeAmount = pi.application_fee_amount ?? 0;
      transfer = this.newTransfer({
        amount: charge.amount,
        currency: charge.currency,
        destination,
        sourceTransaction: charge.id,
        transferGroup: pi.transfer_group,
        description: null,
        metadata: {},
        connectedFee: feeAmount,
      });
      charge.transfer = transfer.id;
      if (feeAmount > 0) {
        fee = buildApplicationFee(charge, destination, feeAmount);
        const feeTxn = this.ledger(null, {
          amount: feeAmount,
          currency: charge.currency,
          type: 'application_fee',
          source: fee.id,
          reportingCategory: 'platform_earning',
        });
        fee.balance_transaction = feeTxn.id;
        this.state.applicationFees[fee.id] = fee;
        charge.application_fee = fee.id;
      }
    }
    this.emit('charge.succeeded', charge);
    this.emit('payment_intent.succeeded', pi);
    if (transfer) this.emit('transfer.created', transfer);
    if (fee) this.emit('application_fee.created', fee);
  }

  // ---- checkout -------------------------------------------------------------------------

  session(id: string): Stripe.Checkout.Session {
    const session = this.state.checkoutSessions[id];
    if (!session) throw noSuch('checkout.session', id);
    this.expireIfDue(session);
    return session;
  }

  createCheckoutSession(p: Reader): Stripe.Checkout.Session {
    const mode = p.reqStr('mode');
    if (mode !== 'payment') {
      throw invalidRequest(`The sandbox supports mode 'payment' only (got '${mode}').`, {
        param: 'mode',
      });
    }
    const successUrl = p.reqStr('success_url');
    const items = p.list('line_items');
    if (items.length === 0)
      throw invalidRequest('Missing required param: line_items.', {
        code: 'parameter_missing',
        param: 'line_items',
      });
    let currency: string | null = null;
    const lineItems: Stripe.LineItem[] = [];
    items.forEach((item, i) => {
      if (item.has('price'))
        throw noSuch('price', item.str('price') ?? '', `line_items[${i}][price]`);
      const priceData = item.obj('price_data');
      if (!priceData)
        throw invalidRequest(`Missing required param: line_items[${i}][price_data].`, {
          code: 'parameter_missing',
          param: `line_items[${i}][price_data]`,
        });
      const cur = priceData.reqStr('currency').toLowerCase();
      if (currency && cur !== currency) {
        throw invalidRequest('All line items must use the same currency.', {
          param: `line_items[${i}][price_data][currency]`,
        });
      }
      currency = cur;
      const unitAmount = priceData.reqInt('unit_amount');
      if (unitAmount < 0)
        throw invalidRequest('Invalid unit_amount', {
          param: `line_items[${i}][price_data][unit_amount]`,
        });
      const productData = priceData.obj('product_data');
      const name = productData?.reqStr('name') ?? priceData.str('product') ?? 'Item';
      const quantity = item.reqInt('quantity');
      if (quantity < 1)
        throw invalidRequest('Quantity must be at least 1.', {
          param: `line_items[${i}][quantity]`,
        });
      lineItems.push(buildLineItem(buildPrice(cur, unitAmount, newId('prod', 14)), quantity, name));
    });
    const amount = lineItems.reduce((sum, li) => sum + li.amount_total, 0);
    const created = now();
    const expiresAt = p.int('expires_at') ?? created + 24 * 3600;
    if (expiresAt > created + 24 * 3600) {
      throw invalidRequest(
        'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
        { param: 'expires_at' },
      );
    }
    if (expiresAt < created + 30 * 60) {
      throw invalidRequest(
        'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
        { param: 'expires_at' },
      );
    }
    const pid = p.obj('payment_intent_data');
    const connect = pid ? this.readConnectFields(pid, amount) : { fee: null, destination: null };
    const id = newId('cs_test', 58);
    const session = buildCheckoutSession({
      id,
      url: `${this.hooks.baseUrl()}/pay/${id}`,
      currency: currency ?? 'usd',
      amount,
      successUrl,
      cancelUrl: p.str('cancel_url') ?? null,
      expiresAt,
      metadata: p.metadata(),
      clientReferenceId: p.str('client_reference_id') ?? null,
      customerEmail: p.str('customer_email') ?? null,
    });
    this.state.checkoutSessions[id] = session;
    this.state.lineItems[id] = lineItems;
    this.sessionIntents[id] = {
      fee: connect.fee,
      destination: connect.destination,
      transferGroup: pid?.str('transfer_group') ?? null,
      metadata: pid ? pid.metadata() : {},
      description: pid?.str('description') ?? null,
    };
    return session;
  }

  private get sessionIntents(): State['sessionIntents'] {
    return this.state.sessionIntents;
  }

  expireSession(id: string): Stripe.Checkout.Session {
    const session = this.session(id);
    if (session.status !== 'open') {
      throw invalidRequest(
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
        {
          code: 'checkout_session_not_open',
        },
      );
    }
    this.markExpired(session);
    return session;
  }

  private markExpired(session: Stripe.Checkout.Session) {
    session.status = 'expired';
    session.url = null;
    const pi =
      typeof session.payment_intent === 'string'
        ? this.state.paymentIntents[session.payment_intent]
        : undefined;
    if (pi && pi.status !== 'succeeded' && pi.status !== 'canceled') {
      pi.status = 'canceled';
      pi.canceled_at = now();
      pi.cancellation_reason = 'automatic';
      this.emit('payment_intent.canceled', pi);
    }
    this.emit('checkout.session.expired', session);
  }

  private expireIfDue(session: Stripe.Checkout.Session): boolean {
    if (session.status === 'open' && session.expires_at <= now()) {
      this.markExpired(session);
      return true;
    }
    return false;
  }

  /** Expires every open session past its `expires_at`; true when anything changed. */
  sweep(): boolean {
    let changed = false;
    for (const session of Object.values(this.state.checkoutSessions)) {
      if (this.expireIfDue(session)) changed = true;
    }
    return changed;
  }

  /** The hosted payment page's submit: runs the card against the session's PaymentIntent. */
  payCheckout(
    sessionId: string,
    cardNumber: string,
    email: string | null,
    name: string | null,
  ):
    | { kind: 'succeeded'; redirect: string }
    | { kind: 'declined'; message: string }
    | { kind: 'requires_action'; paymentIntent: string } {
    const session = this.session(sessionId);
    if (session.status !== 'open')
      throw invalidRequest(`This Checkout Session is ${session.status}.`);
    let pi =
      typeof session.payment_intent === 'string'
        ? this.state.paymentIntents[session.payment_intent]
        : undefined;
    if (!pi) {
      const settings = this.sessionIntents[sessionId] ?? {
        fee: null,
        destination: null,
        transferGroup: null,
        metadata: {},
        description: null,
      };
      pi = buildPaymentIntent({
        amount: session.amount_total ?? 0,
        currency: session.currency ?? 'usd',
        metadata: settings.metadata,
        applicationFeeAmount: settings.fee,
        destination: settings.destination,
        transferGroup: settings.transferGroup,
        description: settings.description,
        receiptEmail: email,
      });
      this.state.paymentIntents[pi.id] = pi;
      session.payment_intent = pi.id;
      this.emit('payment_intent.created', pi);
    }
    session.customer_details = {
      address: null,
      business_name: null,
      email,
      individual_name: null,
      name,
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    };
    const digits = cardNumber.replace(/\D/g, '');
    const behaviour = TEST_CARDS[digits];
    if (!behaviour) return { kind: 'declined', message: 'Your card number is incorrect.' };
    const result = this.attempt(pi, digits, newId('pm'));
    if (result.kind === 'declined') return { kind: 'declined', message: result.message };
    if (result.kind === 'requires_action') return { kind: 'requires_action', paymentIntent: pi.id };
    return { kind: 'succeeded', redirect: this.completeSession(session) };
  }

  authenticateCheckout(
    sessionId: string,
    ok: boolean,
  ): { kind: 'succeeded'; redirect: string } | { kind: 'failed'; message: string } {
    const session = this.session(sessionId);
    const piId = typeof session.payment_intent === 'string' ? session.payment_intent : null;
    if (!piId)
      throw invalidRequest('This Checkout Session has no payment awaiting authentication.');
    const pi = this.completeAuthentication(piId, ok);
    if (pi.status === 'succeeded')
      return { kind: 'succeeded', redirect: this.completeSession(session) };
    return { kind: 'failed', message: pi.last_payment_error?.message ?? 'Authentication failed.' };
  }

  private completeSession(session: Stripe.Checkout.Session): string {
    session.status = 'complete';
    session.payment_status = 'paid';
    session.url = null;
    this.emit('checkout.session.completed', session);
    return (session.success_url ?? '').replaceAll('{CHECKOUT_SESSION_ID}', session.id);
  }

  // ---- refunds --------------------------------------------------------------------------

  createRefund(p: Reader): Stripe.Refund {
    let charge: Stripe.Charge;
    const chargeId = p.str('charge');
    const piId = p.str('payment_intent');
    if (chargeId) charge = this.charge(chargeId, 'charge');
    else if (piId) {
      const pi = this.paymentIntent(piId, 'payment_intent');
      if (pi.status !== 'succeeded' || typeof pi.latest_charge !== 'string') {
        throw invalidRequest(
          `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`,
          { param: 'payment_intent' },
        );
      }
      charge = this.charge(pi.latest_charge);
    } else {
      throw invalidRequest(
        'One of the following params should be provided for this request: payment_intent or charge.',
        { code: 'parameter_missing' },
      );
    }
    if (charge.status !== 'succeeded') {
      throw invalidRequest(`Charge ${charge.id} has not succeeded and cannot be refunded.`, {
        param: 'charge',
      });
    }
    const remaining = charge.amount - charge.amount_refunded;
    if (remaining <= 0) {
      throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
        code: 'charge_already_refunded',
      });
    }
    const amount = p.int('amount') ?? remaining;
    if (amount <= 0) throw invalidRequest('Invalid positive integer', { param: 'amount' });
    if (amount > remaining) {
      throw invalidRequest(
        `Refund amount (${money(amount, charge.currency)}) is greater than unrefunded amount on charge (${money(remaining, charge.currency)})`,
        { param: 'amount', code: 'amount_too_large' },
      );
    }
    const reason = p.str('reason') ?? null;
    if (reason && !['duplicate', 'fraudulent', 'requested_by_customer'].includes(reason)) {
      throw invalidRequest(
        `Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer`,
        { param: 'reason' },
      );
    }
    const refund = buildRefund(charge, amount, reason, p.metadata());
    const txn = this.ledger(null, {
      amount: -amount,
      currency: charge.currency,
      type: 'refund',
      source: refund.id,
      reportingCategory: 'refund',
    });
    refund.balance_transaction = txn.id;
    this.state.refunds[refund.id] = refund;
    const wasFull = amount === remaining;
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;

    let reversed: Stripe.Transfer | null = null;
    if (p.bool('reverse_transfer') && typeof charge.transfer === 'string') {
      const transfer = this.state.transfers[charge.transfer];
      if (transfer) {
        const left = transfer.amount - transfer.amount_reversed;
        const share =
          wasFull && charge.refunded
            ? left
            : Math.min(left, Math.round((amount * transfer.amount) / charge.amount));
        if (share > 0) {
          const reversal = this.reverse(transfer, share, refund.id, {});
          refund.transfer_reversal = reversal.id;
          reversed = transfer;
        }
      }
    }
    let feeRefunded: Stripe.ApplicationFee | null = null;
    if (p.bool('refund_application_fee') && typeof charge.application_fee === 'string') {
      const fee = this.state.applicationFees[charge.application_fee];
      if (fee) {
        const left = fee.amount - fee.amount_refunded;
        const share = charge.refunded
          ? left
          : Math.min(left, Math.round((amount * fee.amount) / charge.amount));
        if (share > 0) {
          this.refundFee(fee, share);
          feeRefunded = fee;
        }
      }
    }
    this.emit('refund.created', refund);
    this.emit('charge.refunded', charge);
    if (reversed) this.emit('transfer.reversed', reversed);
    if (feeRefunded) this.emit('application_fee.refunded', feeRefunded);
    return refund;
  }

  private refundFee(fee: Stripe.ApplicationFee, amount: number): Stripe.FeeRefund {
    const fr = buildFeeRefund(fee, amount);
    const txn = this.ledger(null, {
      amount: -amount,
      currency: fee.currency,
      type: 'application_fee_refund',
      source: fr.id,
      reportingCategory: 'platform_earning_refund',
    });
    fr.balance_transaction = txn.id;
    const account = typeof fee.account === 'string' ? fee.account : fee.account.id;
    this.ledger(account, {
      amount,
      currency: fee.currency,
      type: 'application_fee_refund',
      source: fr.id,
      reportingCategory: 'fee',
    });
    fee.amount_refunded += amount;
    fee.refunded = fee.amount_refunded === fee.amount;
    fee.refunds.data.unshift(fr);
    fee.refunds.url = `/v1/application_fees/${fee.id}/refunds`;
    return fr;
  }

  // ---- transfers ------------------------------------------------------------------------

  transfer(id: string, param = 'id'): Stripe.Transfer {
    const tr = this.state.transfers[id];
    if (!tr) throw noSuch('transfer', id, param);
    return tr;
  }

  private newTransfer(
    input: Omit<Parameters<typeof buildTransfer>[0], 'balanceTransaction'> & {
      connectedFee?: number;
    },
  ): Stripe.Transfer {
    const transfer = buildTransfer({ ...input, balanceTransaction: null });
    const txn = this.ledger(null, {
      amount: -input.amount,
      currency: input.currency,
      type: 'transfer',
      source: transfer.id,
      reportingCategory: 'transfer',
    });
    transfer.balance_transaction = txn.id;
    const fromCharge = input.connectedFee !== undefined;
    this.ledger(input.destination, {
      amount: input.amount,
      fee: input.connectedFee ?? 0,
      currency: input.currency,
      type: fromCharge ? 'payment' : 'transfer',
      source:
        typeof transfer.destination_payment === 'string'
          ? transfer.destination_payment
          : transfer.id,
      reportingCategory: fromCharge ? 'charge' : 'transfer',
    });
    this.state.transfers[transfer.id] = transfer;
    return transfer;
  }

  createTransfer(p: Reader): Stripe.Transfer {
    const amount = p.reqInt('amount');
    if (amount <= 0) throw invalidRequest('Invalid positive integer', { param: 'amount' });
    const currency = p.reqStr('currency').toLowerCase();
    const destinationId = p.reqStr('destination');
    const destination = this.account(destinationId, 'destination');
    if (destination.capabilities?.transfers !== 'active') {
      throw invalidRequest(
        'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
        { param: 'destination', code: 'insufficient_capabilities_for_transfer' },
      );
    }
    const sourceId = p.str('source_transaction') ?? null;
    if (sourceId) {
      const source = this.charge(sourceId, 'source_transaction');
      if (source.status !== 'succeeded') {
        throw invalidRequest(`The source_transaction ${sourceId} has not succeeded.`, {
          param: 'source_transaction',
        });
      }
      if (source.currency !== currency) {
        throw invalidRequest(
          `The currency of source_transaction's balance transaction (${source.currency}) must be the same as the transfer currency (${currency})`,
          {
            param: 'currency',
          },
        );
      }
      // What the platform holds from this charge: all of it, or for a destination charge only
      // its application fee (the rest already went to the destination account).
      let held = source.amount - source.amount_refunded;
      if (typeof source.transfer === 'string') {
        const fee =
          typeof source.application_fee === 'string'
            ? this.state.applicationFees[source.application_fee]
            : undefined;
        held = fee ? fee.amount - fee.amount_refunded : 0;
      }
      const already = Object.values(this.state.transfers)
        .filter((t) => t.source_transaction === sourceId && t.id !== source.transfer)
        .reduce((sum, t) => sum + t.amount - t.amount_reversed, 0);
      if (already + amount > held) {
        throw invalidRequest(
          `Insufficient funds on source_transaction ${sourceId}: ${money(Math.max(0, held - already), currency)} available for transfer.`,
          { param: 'amount', code: 'balance_insufficient' },
        );
      }
    } else if (this.available(null, currency) < amount) {
      throw invalidRequest(
        'You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Charges using the 4000000000000077 test card.',
        {
          code: 'balance_insufficient',
          doc_url: 'https://stripe.com/docs/error-codes/balance-insufficient',
        },
      );
    }
    const transfer = this.newTransfer({
      amount,
      currency,
      destination: destination.id,
      sourceTransaction: sourceId,
      transferGroup: p.str('transfer_group') ?? null,
      description: p.str('description') ?? null,
      metadata: p.metadata(),
    });
    this.emit('transfer.created', transfer);
    return transfer;
  }

  updateTransfer(id: string, p: Reader): Stripe.Transfer {
    const transfer = this.transfer(id);
    const previous = applyUpdate(transfer, p, 'description');
    this.emit('transfer.updated', transfer, { previous });
    return transfer;
  }

  private reverse(
    transfer: Stripe.Transfer,
    amount: number,
    sourceRefund: string | null,
    metadata: Record<string, string>,
  ): Stripe.TransferReversal {
    const reversal = buildReversal(transfer, amount, sourceRefund, metadata);
    const txn = this.ledger(null, {
      amount,
      currency: transfer.currency,
      type: 'transfer_refund',
      source: reversal.id,
      reportingCategory: 'transfer_reversal',
    });
    reversal.balance_transaction = txn.id;
    const destination =
      typeof transfer.destination === 'string'
        ? transfer.destination
        : (transfer.destination?.id ?? '');
    this.ledger(destination, {
      amount: -amount,
      currency: transfer.currency,
      type: transfer.source_transaction ? 'payment_refund' : 'transfer_refund',
      source: reversal.destination_payment_refund as string,
      reportingCategory: 'transfer_reversal',
    });
    transfer.amount_reversed += amount;
    transfer.reversed = transfer.amount_reversed === transfer.amount;
    transfer.reversals.data.unshift(reversal);
    transfer.reversals.url = `/v1/transfers/${transfer.id}/reversals`;
    return reversal;
  }

  createReversal(transferId: string, p: Reader): Stripe.TransferReversal {
    const transfer = this.transfer(transferId);
    const left = transfer.amount - transfer.amount_reversed;
    if (left <= 0) {
      throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`, {
        code: 'transfer_already_reversed',
      });
    }
    const amount = p.int('amount') ?? left;
    // Accepted as Stripe does; a transfer made here carries no application fee to give back.
    p.bool('refund_application_fee');
    if (amount <= 0) throw invalidRequest('Invalid positive integer', { param: 'amount' });
    if (amount > left) {
      throw invalidRequest(
        `You have attempted to reverse ${money(amount, transfer.currency)}, but only ${money(left, transfer.currency)} remains unreversed on this transfer.`,
        { param: 'amount', code: 'amount_too_large' },
      );
    }
    const destination =
      typeof transfer.destination === 'string'
        ? transfer.destination
        : (transfer.destination?.id ?? '');
    if (this.available(destination, transfer.currency) < amount) {
      throw invalidRequest(
        'Insufficient funds in the destination account to reverse this transfer.',
        { code: 'balance_insufficient' },
      );
    }
    const reversal = this.reverse(transfer, amount, null, p.metadata());
    this.emit('transfer.reversed', transfer);
    return reversal;
  }
}

/**
 * Stripe's update of `metadata` (merged) and of one nullable text field named as its
 * parameter; returns the previous values of what changed, for the `*.updated` event.
 */
function applyUpdate<K extends string>(
  object: { metadata?: Stripe.Metadata } & { [key in K]: string | null },
  p: Reader,
  field: K,
): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  if (p.has('metadata')) {
    previous.metadata = object.metadata;
    object.metadata = p.metadata(object.metadata);
  }
  const value = p.str(field);
  if (value !== undefined) {
    const fields: { [key in K]: string | null } = object;
    previous[field] = fields[field];
    fields[field] = value;
  }
  return previous;
}

function money(cents: number, currency: string): string {
  return `${currency === 'usd' ? '$' : ''}${(cents / 100).toFixed(2)}${currency === 'usd' ? '' : ` ${currency.toUpperCase()}`}`;
}
