/** Web Push subscriptions as a browser's PushSubscription.toJSON() hands them over. */
import { z } from 'zod';

/** base64url without padding, as browsers encode the subscription's keys. */
const Base64Url = (what: string, min: number, max: number) =>
  z
    .string()
    .min(min, `Not a valid ${what}`)
    .max(max, `Not a valid ${what}`)
    .regex(/^[A-Za-z0-9_-]+=*$/, `Not a valid ${what}`);

/** The push service URL: https only (a browser's push services all are), at most 2 kB. */
export const PushEndpoint = z
  .url({ protocol: /^https?$/, error: 'Not a valid push endpoint' })
  .max(2048, 'Not a valid push endpoint');

export const PushSubscribeInput = z.object({
  endpoint: PushEndpoint,
  keys: z.object({
    /** The browser's P-256 public key: 65 bytes uncompressed, 87 characters in base64url. */
    p256dh: Base64Url('p256dh key', 80, 100),
    /** The 16-byte auth secret: 22 characters in base64url. */
    auth: Base64Url('auth secret', 16, 32),
  }),
});
export type PushSubscribeInput = z.input<typeof PushSubscribeInput>;

export const PushUnsubscribeInput = z.object({ endpoint: PushEndpoint });

export const PushPublicKeyOutput = z.object({
  /** The VAPID public key (base64url) for `pushManager.subscribe({ applicationServerKey })`. */
  publicKey: z.string(),
});
