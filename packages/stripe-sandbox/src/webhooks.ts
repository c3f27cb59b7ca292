import { createHmac } from 'node:crypto';
import type Stripe from 'stripe';
import { newId } from './ids.ts';
import type { Delivery, Store } from './state.ts';

export interface WebhookEndpoint {
  url: string;
  /** The endpoint's signing secret (`whsec_…`). */
  secret: string;
}

export interface RetryPolicy {
  /** Delay before the first retry; doubles on each further failure. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Attempts in all, after which the delivery is dropped (Stripe tries for three days). */
  maxAttempts: number;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs: number;
}

/**
 * Test-only disorder: events are held for `holdMs`, then delivered newest first, and each
 * is delivered a second time after the others.
 */
export interface WebhookChaos {
  holdMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  initialDelayMs: 5_000,
  maxDelayMs: 3_600_000,
  maxAttempts: 40,
  timeoutMs: 10_000,
};

/** `Stripe-Signature` for a payload: `t=<unix seconds>,v1=<HMAC-SHA256 of "t.payload">`. */
export function signPayload(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

export interface DeliveryAttempt {
  event: string;
  type: string;
  url: string;
  ok: boolean;
  status: number | null;
  error: string | null;
  at: number;
}

/** Posts every event to every endpoint, persisting the queue so a restart resumes it. */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private readonly stop = new AbortController();
  private order = 0;
  private chaosWindow: { until: number; count: number } | null = null;
  readonly log: DeliveryAttempt[] = [];

  constructor(
    private readonly store: Store,
    private readonly endpoints: WebhookEndpoint[],
    private readonly retry: RetryPolicy,
    public chaos: WebhookChaos | null,
  ) {
    for (const d of store.state.deliveries) this.order = Math.max(this.order, d.order ?? 0);
  }

  enqueue(event: Stripe.Event): void {
    if (this.endpoints.length === 0) return;
    event.pending_webhooks = this.endpoints.length;
    const at = Date.now();
    for (const endpoint of this.endpoints) {
      if (this.chaos) {
        if (!this.chaosWindow || this.chaosWindow.until < at) {
          this.chaosWindow = { until: at + this.chaos.holdMs, count: 0 };
        }
        const k = ++this.chaosWindow.count;
        const base = this.chaosWindow.until * 1000;
        // Newest first, then every event once more in creation order.
        this.push(event.id, endpoint.url, this.chaosWindow.until, base - k);
        this.push(event.id, endpoint.url, this.chaosWindow.until, base + 500 + k);
      } else {
        this.push(event.id, endpoint.url, at, ++this.order);
      }
    }
  }

  private push(event: string, endpoint: string, nextAttemptAt: number, order: number) {
    const delivery: Delivery = {
      id: newId('whd', 16),
      event,
      endpoint,
      attempts: 0,
      next_attempt_at: nextAttemptAt,
      last_error: null,
      order,
    };
    this.store.state.deliveries.push(delivery);
  }

  /** Starts delivering whatever is due; the server calls it after each state change. */
  kick(): void {
    if (this.closed) return;
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      this.schedule();
    });
  }

  private schedule() {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = Math.min(...this.store.state.deliveries.map((d) => d.next_attempt_at));
    if (!Number.isFinite(next)) return;
    this.timer = setTimeout(() => this.kick(), Math.max(0, next - Date.now()));
  }

  private due(): Delivery | undefined {
    const t = Date.now();
    return this.store.state.deliveries
      .filter((d) => d.next_attempt_at <= t)
      .sort((a, b) => a.next_attempt_at - b.next_attempt_at || a.order - b.order)[0];
  }

  private async drain(): Promise<void> {
    for (let d = this.due(); d && !this.closed; d = this.due()) {
      await this.attempt(d);
    }
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const event = this.store.state.events[delivery.event];
    const endpoint = this.endpoints.find((e) => e.url === delivery.endpoint);
    const state = this.store.state;
    if (!event || !endpoint) {
      state.deliveries = state.deliveries.filter((d) => d.id !== delivery.id);
      this.store.save();
      return;
    }
    const payload = JSON.stringify(event, null, 2);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'stripe-signature': signPayload(payload, endpoint.secret),
        },
        body: payload,
        signal: AbortSignal.any([AbortSignal.timeout(this.retry.timeoutMs), this.stop.signal]),
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      error =
        err instanceof Error
          ? err.cause instanceof Error
            ? err.cause.message
            : err.message
          : String(err);
    }
    // An attempt cut short by close() is neither a success nor a failure: it stays owed as it was.
    if (this.closed) return;
    this.log.push({
      event: event.id,
      type: event.type,
      url: endpoint.url,
      ok: !error,
      status,
      error,
      at: Date.now(),
    });
    delivery.attempts += 1;
    if (!error) {
      state.deliveries = state.deliveries.filter((d) => d.id !== delivery.id);
      const stillPending = state.deliveries.filter((d) => d.event === event.id).length;
      event.pending_webhooks = Math.min(event.pending_webhooks, stillPending);
    } else if (delivery.attempts >= this.retry.maxAttempts) {
      state.deliveries = state.deliveries.filter((d) => d.id !== delivery.id);
      console.warn(
        `stripe-sandbox: giving up on ${event.id} to ${endpoint.url} after ${delivery.attempts} attempts (${error})`,
      );
    } else {
      delivery.last_error = error;
      const delay = Math.min(
        this.retry.initialDelayMs * 2 ** (delivery.attempts - 1),
        this.retry.maxDelayMs,
      );
      delivery.next_attempt_at = Date.now() + delay;
    }
    this.store.save();
  }

  /** Resolves once nothing is due right now and no attempt is in flight. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stop.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
