/**
 * VAPID keys (RFC 8292): a P-256 key pair in the base64url form web-push and browsers use
 * (public: the 65-byte uncompressed point; private: the 32-byte scalar).
 */
import { createECDH } from 'node:crypto';
import webpush from 'web-push';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export function generateVapidKeys(): VapidKeys {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys();
  return { publicKey, privateKey };
}

/** What is wrong with a key pair, in words for a settings message, or null when it is sound. */
export function vapidKeysProblem({ publicKey, privateKey }: VapidKeys): string | null {
  const pub = Buffer.from(publicKey, 'base64url');
  const priv = Buffer.from(privateKey, 'base64url');
  if (pub.length !== 65 || pub[0] !== 0x04) {
    return 'VAPID_PUBLIC_KEY must be a P-256 public key: 65 bytes (uncompressed point) in base64url';
  }
  if (priv.length !== 32) return 'VAPID_PRIVATE_KEY must be a 32-byte P-256 key in base64url';
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(priv);
    if (!ecdh.getPublicKey().equals(pub)) {
      return 'VAPID_PUBLIC_KEY is not the public key of VAPID_PRIVATE_KEY';
    }
  } catch {
    return 'VAPID_PRIVATE_KEY is not a valid P-256 private key';
  }
  return null;
}

/** What is wrong with a VAPID subject (a `mailto:` or `https:` contact), or null. */
export function vapidSubjectProblem(subject: string): string | null {
  try {
    const url = new URL(subject);
    if (url.protocol === 'mailto:' || url.protocol === 'https:') return null;
  } catch {
    // falls through
  }
  return 'VAPID_SUBJECT must be a mailto: address or an https: URL (the push services’ contact for this server)';
}
