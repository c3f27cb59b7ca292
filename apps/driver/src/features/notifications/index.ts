// What the driver's offer screen needs: the foreground alert and pushes the worker hands over.
export {
  alertNewOffer,
  OFFER_VIBRATION,
  usePushedMessages,
  type OfferAlertResult,
  type PushedMessage,
} from './offer-alert.ts';
export { OfferNotifications } from './offer-notifications.tsx';
