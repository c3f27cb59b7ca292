import { DEFAULT_PRICING, type PricingSettings } from './pricing.ts';

/** How ordering behaves on this deployment (the server reads these from its settings). */
export interface OrderSettings {
  pricing: PricingSettings;
  /** A paid order the kitchen has not accepted by then is rejected and refunded. */
  acceptTimeoutSeconds: number;
  /** How long the hosted payment page stays open (Stripe allows 30 minutes to 24 hours). */
  checkoutTtlSeconds: number;
  /** Where the payment page sends the customer back to; `{ORDER_ID}` is replaced. */
  checkoutSuccessUrl: string;
  checkoutCancelUrl: string;
}

export const DEFAULT_ORDER_SETTINGS: OrderSettings = {
  pricing: DEFAULT_PRICING,
  acceptTimeoutSeconds: 600,
  checkoutTtlSeconds: 1800,
  checkoutSuccessUrl: 'http://localhost:3000/orders/{ORDER_ID}?paid=1',
  checkoutCancelUrl: 'http://localhost:3000/orders/{ORDER_ID}?cancelled=1',
};
