/** The orders domain's public surface: the only module other domains import from it. */
export { adminOrdersRouter, ordersRouter } from './router.ts';
export { orderPaymentEffects } from './payment-events.ts';
export { weekOf } from './quote.ts';
export { sweepOrders, type SweepResult } from './timers.ts';
export { DEFAULT_ORDER_SETTINGS, type OrderSettings } from './settings.ts';
export { DEFAULT_PRICING, type PricingSettings } from './pricing.ts';
export { transitionOrder, orderTopic, kitchenTopic } from './transition.ts';
export { deliveryOf, deliveryPhotoOf } from './queries.ts';
// For the benchmark, which times the steps of placing and streaming on their own.
export { acceptOrder } from './lifecycle.ts';
export { ensureCheckout, requestHash, reserveOrder } from './place.ts';
export { orderStatusStream } from './stream.ts';
// Who takes part in an order: its live driver location follows the same rule.
export { orderParticipantProcedure } from './procedure.ts';
