export {
  createStripeClient,
  secretKeyProblem,
  StripeKeyError,
  type StripeClientSettings,
} from './client.ts';
export {
  createDashboardLink,
  createOnboardingLink,
  ensureAccount,
  refreshAccountStatus,
  syncAccount,
  type OnboardingUrls,
  type Payee,
} from './accounts.ts';
export { PaymentsError, silentLogger, type PaymentsLogger } from './errors.ts';
export { createReconciler, type ReconcileResult, type Reconciler } from './reconcile.ts';
export {
  accountStatus,
  requirementLabel,
  type AccountState,
  type AccountStatus,
  type PayeeKind,
} from './status.ts';
export {
  handleEvent,
  handlesEventType,
  SIGNATURE_TOLERANCE_SECONDS,
  verifyWebhook,
  WebhookSignatureError,
  type EventEffects,
  type EventOutcome,
  type HandlerDeps,
} from './webhooks.ts';
