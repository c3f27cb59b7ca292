import type { OrderSettings } from '../../context.ts';
import { DEFAULT_PRICING } from './pricing.ts';

export type { OrderSettings };

export const DEFAULT_ORDER_SETTINGS: OrderSettings = {
  pricing: DEFAULT_PRICING,
  acceptTimeoutSeconds: 600,
  checkoutTtlSeconds: 1800,
  checkoutSuccessUrl: 'http://localhost:3000/orders/{ORDER_ID}?paid=1',
  checkoutCancelUrl: 'http://localhost:3000/orders/{ORDER_ID}',
};
