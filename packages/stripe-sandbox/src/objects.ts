import type Stripe from 'stripe';
import { newId, now } from './ids.ts';
import type { OnboardingDetails } from './state.ts';

/** The platform's Connect application id, shown on application fees. */
export const PLATFORM_APPLICATION = 'ca_sandboxplatform';

export function emptyList<T>(url: string): Stripe.ApiList<T> {
  return { object: 'list', data: [], has_more: false, url };
}

/** What Stripe still needs from an Express individual before charges and payouts are enabled. */
export function missingRequirements(d: OnboardingDetails): string[] {
  const due: string[] = [];
  if (!d.first_name) due.push('individual.first_name');
  if (!d.last_name) due.push('individual.last_name');
  if (!d.dob) due.push('individual.dob.day', 'individual.dob.month', 'individual.dob.year');
  if (!d.account_number) due.push('external_account');
  if (!d.tos_accepted_at) due.push('tos_acceptance.date', 'tos_acceptance.ip');
  return due;
}

export interface NewAccount {
  country: string;
  email: string | null;
  businessType: Stripe.Account.BusinessType;
  requested: string[];
  metadata: Record<string, string>;
}

export function buildAccount(input: NewAccount): Stripe.Account {
  const account: Stripe.Account = {
    id: newId('acct', 16),
    object: 'account',
    business_profile: null,
    business_type: input.businessType,
    capabilities: {},
    charges_enabled: false,
    controller: {
      type: 'application',
      is_controller: true,
      requirement_collection: 'stripe',
      stripe_dashboard: { type: 'express' },
      losses: { payments: 'application' },
      fees: { payer: 'application' },
    },
    country: input.country,
    created: now(),
    default_currency: input.country === 'US' ? 'usd' : 'eur',
    details_submitted: false,
    email: input.email,
    external_accounts: emptyList(`/v1/accounts/acct/external_accounts`),
    metadata: input.metadata,
    payouts_enabled: false,
    settings: null,
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: 'express',
  };
  account.external_accounts = emptyList(`/v1/accounts/${account.id}/external_accounts`);
  applyOnboarding(account, {}, input.requested);
  return account;
}

/** Recomputes requirements, capabilities and the enabled flags from the onboarding details. */
export function applyOnboarding(
  account: Stripe.Account,
  details: OnboardingDetails,
  requested: string[] = Object.keys(account.capabilities ?? {}),
): void {
  const due = missingRequirements(details);
  const complete = due.length === 0;
  const capabilities: Record<string, 'active' | 'inactive'> = {};
  for (const name of requested) capabilities[name] = complete ? 'active' : 'inactive';
  account.capabilities = capabilities;
  account.requirements = {
    alternatives: [],
    current_deadline: null,
    currently_due: due,
    disabled_reason: complete ? null : 'requirements.past_due',
    errors: [],
    eventually_due: due,
    past_due: due,
    pending_verification: [],
  };
  account.future_requirements = {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  };
  account.details_submitted = complete;
  account.charges_enabled = complete && capabilities.card_payments === 'active';
  account.payouts_enabled = complete;
  account.tos_acceptance = {
    date: details.tos_accepted_at ?? null,
    ip: details.tos_ip ?? null,
    user_agent: null,
  };
}

export function buildBalanceTransaction(input: {
  amount: number;
  fee?: number;
  currency: string;
  type: Stripe.BalanceTransaction.Type;
  source: string;
  description?: string | null;
  reportingCategory: string;
}): Stripe.BalanceTransaction {
  const created = now();
  const fee = input.fee ?? 0;
  return {
    id: newId('txn'),
    object: 'balance_transaction',
    amount: input.amount,
    available_on: created,
    balance_type: 'payments',
    created,
    currency: input.currency,
    description: input.description ?? null,
    exchange_rate: null,
    fee,
    fee_details: fee
      ? [
          {
            amount: fee,
            application: PLATFORM_APPLICATION,
            currency: input.currency,
            description: 'Application fee',
            type: 'application_fee',
          },
        ]
      : [],
    net: input.amount - fee,
    reporting_category: input.reportingCategory,
    source: input.source,
    status: 'available',
    type: input.type,
  };
}

export interface PaymentIntentInput {
  amount: number;
  currency: string;
  metadata: Record<string, string>;
  applicationFeeAmount: number | null;
  destination: string | null;
  transferGroup: string | null;
  description: string | null;
  receiptEmail: string | null;
}

export function buildPaymentIntent(input: PaymentIntentInput): Stripe.PaymentIntent {
  const id = newId('pi');
  return {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: ['card'],
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: input.applicationFeeAmount,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: `${id}_secret_${newId('s').slice(2)}`,
    confirmation_method: 'automatic',
    created: now(),
    currency: input.currency,
    customer: null,
    customer_account: null,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ['card'],
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'requires_payment_method',
    transfer_data: input.destination ? { destination: input.destination } : null,
    transfer_group: input.transferGroup,
  };
}

export interface Card {
  number: string;
  brand: string;
}

export function buildCharge(
  pi: Stripe.PaymentIntent,
  card: Card,
  paymentMethod: string,
  failure: { code: string; declineCode: string; message: string } | null,
): Stripe.Charge {
  const destination =
    typeof pi.transfer_data?.destination === 'string' ? pi.transfer_data.destination : null;
  return {
    id: newId('ch'),
    object: 'charge',
    amount: pi.amount,
    amount_captured: failure ? 0 : pi.amount,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: failure ? null : pi.application_fee_amount,
    balance_transaction: null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: 'HOMECHEF',
    captured: !failure,
    created: now(),
    currency: pi.currency,
    customer: null,
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failure?.code ?? null,
    failure_message: failure?.message ?? null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: null,
    outcome: failure
      ? {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: 'declined_by_network',
          reason: failure.declineCode,
          risk_level: 'normal',
          seller_message: 'The bank did not return any further details with this decline.',
          type: 'issuer_declined',
        }
      : {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: 'approved_by_network',
          reason: null,
          risk_level: 'normal',
          seller_message: 'Payment complete.',
          type: 'authorized',
        },
    paid: !failure,
    payment_intent: pi.id,
    payment_method: paymentMethod,
    payment_method_details: null,
    receipt_email: pi.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: failure ? 'failed' : 'succeeded',
    transfer_data: destination ? { amount: null, destination } : null,
    transfer_group: pi.transfer_group,
  };
}

export function buildTransfer(input: {
  amount: number;
  currency: string;
  destination: string;
  sourceTransaction: string | null;
  transferGroup: string | null;
  description: string | null;
  metadata: Record<string, string>;
  balanceTransaction: string | null;
}): Stripe.Transfer {
  const id = newId('tr');
  return {
    id,
    object: 'transfer',
    amount: input.amount,
    amount_reversed: 0,
    balance_transaction: input.balanceTransaction,
    created: now(),
    currency: input.currency,
    description: input.description,
    destination: input.destination,
    destination_payment: newId('py'),
    livemode: false,
    metadata: input.metadata,
    reversals: emptyList(`/v1/transfers/${id}/reversals`),
    reversed: false,
    source_transaction: input.sourceTransaction,
    source_type: 'card',
    transfer_group: input.transferGroup,
  };
}

export function buildApplicationFee(
  charge: Stripe.Charge,
  account: string,
  amount: number,
): Stripe.ApplicationFee {
  const id = newId('fee');
  return {
    id,
    object: 'application_fee',
    account,
    amount,
    amount_refunded: 0,
    application: PLATFORM_APPLICATION,
    balance_transaction: null,
    charge: charge.id,
    created: now(),
    currency: charge.currency,
    fee_source: { type: 'charge', charge: charge.id },
    livemode: false,
    originating_transaction: charge.id,
    refunded: false,
    refunds: emptyList(`/v1/application_fees/${id}/refunds`),
  };
}

export function buildPrice(currency: string, unitAmount: number, product: string): Stripe.Price {
  return {
    id: newId('price'),
    object: 'price',
    active: false,
    billing_scheme: 'per_unit',
    created: now(),
    currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product,
    recurring: null,
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'one_time',
    unit_amount: unitAmount,
    unit_amount_decimal: null,
  };
}

export function buildLineItem(
  price: Stripe.Price,
  quantity: number,
  description: string,
): Stripe.LineItem {
  const total = (price.unit_amount ?? 0) * quantity;
  return {
    id: newId('li'),
    object: 'item',
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: total,
    amount_tax: 0,
    amount_total: total,
    currency: price.currency,
    description,
    metadata: {},
    price,
    quantity,
  };
}

export function buildCheckoutSession(input: {
  id: string;
  url: string;
  currency: string;
  amount: number;
  successUrl: string;
  cancelUrl: string | null;
  expiresAt: number;
  metadata: Record<string, string>;
  clientReferenceId: string | null;
  customerEmail: string | null;
}): Stripe.Checkout.Session {
  return {
    id: input.id,
    object: 'checkout.session',
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: ['card'],
    amount_subtotal: input.amount,
    amount_total: input.amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: input.cancelUrl,
    client_reference_id: input.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now(),
    currency: input.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: null,
    customer_account: null,
    customer_creation: 'if_required',
    customer_details: null,
    customer_email: input.customerEmail,
    discounts: [],
    expires_at: input.expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: input.metadata,
    mode: 'payment',
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: input.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: input.url,
    wallet_options: null,
  };
}

export function buildRefund(
  charge: Stripe.Charge,
  amount: number,
  reason: Stripe.Refund.Reason | null,
  metadata: Record<string, string>,
): Stripe.Refund {
  return {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: now(),
    currency: charge.currency,
    customer: null,
    customer_account: null,
    metadata,
    payment_intent: charge.payment_intent,
    payment_method: typeof charge.payment_method === 'string' ? charge.payment_method : null,
    reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}

export function buildReversal(
  transfer: Stripe.Transfer,
  amount: number,
  sourceRefund: string | null,
  metadata: Record<string, string>,
): Stripe.TransferReversal {
  return {
    id: newId('trr'),
    object: 'transfer_reversal',
    amount,
    balance_transaction: null,
    created: now(),
    currency: transfer.currency,
    destination_payment_refund: newId('pyr'),
    metadata,
    source_refund: sourceRefund,
    transfer: transfer.id,
  };
}

export function buildFeeRefund(fee: Stripe.ApplicationFee, amount: number): Stripe.FeeRefund {
  return {
    id: newId('fr'),
    object: 'fee_refund',
    amount,
    balance_transaction: null,
    created: now(),
    currency: fee.currency,
    fee: fee.id,
    metadata: {},
  };
}
