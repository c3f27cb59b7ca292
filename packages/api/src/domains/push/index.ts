/** The push domain's public surface: Web Push to a user's browsers. */
export { pushRouter } from './router.ts';
export { sendPush, type PushMessage, type PushOptions, type PushResult } from './send.ts';
export {
  generateVapidKeys,
  vapidKeysProblem,
  vapidSubjectProblem,
  type VapidKeys,
} from './vapid.ts';
