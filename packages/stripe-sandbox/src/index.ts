export {
  DEFAULT_SECRET_KEY,
  startStripeSandbox,
  type StripeSandbox,
  type StripeSandboxOptions,
} from './server.ts';
export { TEST_CARDS, TEST_PAYMENT_METHODS } from './engine.ts';
export type { OnboardingDetails } from './state.ts';
export {
  signPayload,
  type RetryPolicy,
  type WebhookChaos,
  type WebhookEndpoint,
} from './webhooks.ts';
