/**
 * Sending a Web Push message to every browser of a user. Called after the change it tells about
 * has committed (an offer made): it never throws, a slow push service costs at most
 * `timeoutMs`, and a subscription the push service says is gone (404, 410) is deleted.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import webpush from 'web-push';
import { pushSubscriptions, type PushSubscription } from '@homechef/db';
import type { Services } from '../../context.ts';

export interface PushMessage {
  title: string;
  body: string;
  /** Path (or URL) the notification opens when tapped. */
  url: string;
  /** Notifications with the same tag replace each other on the device (one per offer). */
  tag?: string;
}

export interface PushOptions {
  /** Seconds the push service keeps the message for a device that is offline. */
  ttlSeconds?: number;
  urgency?: 'very-low' | 'low' | 'normal' | 'high';
}

export interface PushResult {
  sent: number;
  /** Subscriptions deleted because the push service answered 404 or 410. */
  removed: number;
  failed: number;
}

type Outcome = { row: PushSubscription } & (
  { kind: 'sent' } | { kind: 'gone' } | { kind: 'failed'; reason: string }
);

async function deliver(
  services: Pick<Services, 'push'>,
  row: PushSubscription,
  payload: string,
  options: PushOptions,
): Promise<Outcome> {
  try {
    const request = webpush.generateRequestDetails(
      { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } },
      payload,
      {
        vapidDetails: services.push.vapid,
        TTL: options.ttlSeconds ?? 60,
        urgency: options.urgency ?? 'high',
        contentEncoding: 'aes128gcm',
      },
    );
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      // fetch sets Content-Length from the body itself.
      if (name.toLowerCase() !== 'content-length') headers.set(name, String(value));
    }
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: 'error',
      signal: AbortSignal.timeout(services.push.timeoutMs),
    });
    const text = await response.text().catch(() => '');
    if (response.ok) return { row, kind: 'sent' };
    if (response.status === 404 || response.status === 410) return { row, kind: 'gone' };
    return { row, kind: 'failed', reason: `${response.status} ${text.slice(0, 200)}`.trim() };
  } catch (error) {
    const e = error as { name?: string; message?: string };
    const reason = e.name === 'TimeoutError' ? 'timed out' : (e.message ?? String(error));
    return { row, kind: 'failed', reason: reason.slice(0, 200) };
  }
}

/** Pushes `message` to each of the user's browsers at once; see the file comment. */
export async function sendPush(
  services: Pick<Services, 'db' | 'push'>,
  userId: string,
  message: PushMessage,
  options: PushOptions = {},
): Promise<PushResult> {
  const result: PushResult = { sent: 0, removed: 0, failed: 0 };
  try {
    const rows = await services.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId));
    if (rows.length === 0) return result;
    const payload = JSON.stringify(message);
    const outcomes = await Promise.all(rows.map((row) => deliver(services, row, payload, options)));

    const sent = outcomes.filter((o) => o.kind === 'sent').map((o) => o.row.id);
    const gone = outcomes.filter((o) => o.kind === 'gone').map((o) => o.row.id);
    const failed = outcomes.filter((o) => o.kind === 'failed');
    result.sent = sent.length;
    result.removed = gone.length;
    result.failed = failed.length;
    if (sent.length > 0) {
      await services.db
        .update(pushSubscriptions)
        .set({ lastSuccessAt: sql`now()` })
        .where(inArray(pushSubscriptions.id, sent));
    }
    if (gone.length > 0) {
      await services.db.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, gone));
    }
    for (const f of failed) {
      await services.db
        .update(pushSubscriptions)
        .set({ lastFailureAt: sql`now()`, lastFailure: f.reason })
        .where(eq(pushSubscriptions.id, f.row.id));
    }
  } catch {
    // The bookkeeping failed (the database went away): the caller's change stands regardless.
    result.failed = Math.max(result.failed, 1);
  }
  return result;
}
