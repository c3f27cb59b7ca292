/**
 * Stripe for the API server: the client (real Stripe, another Stripe-compatible server, or the
 * sandbox started in-process when no key is set), `POST /webhooks/stripe`, and the
 * reconciliation loop that applies events whose webhook never arrived.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { OutboxSignal, PaymentsServices } from '@homechef/api';
import type { Database } from '@homechef/db';
import {
  createReconciler,
  createStripeClient,
  handleEvent,
  verifyWebhook,
  WebhookSignatureError,
  type EventEffects,
  type Reconciler,
} from '@homechef/payments';
import { startStripeSandbox, type StripeSandbox } from '@homechef/stripe-sandbox';
import type Stripe from 'stripe';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { startLoop, type Loop } from './loops.ts';
import { loadOrCreateSecret } from './secrets.ts';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';
const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface ServerPayments {
  services: PaymentsServices;
  stripe: Stripe;
  webhookSecret: string;
  sandbox: StripeSandbox | null;
  close(): Promise<void>;
}

function endpointOf(url: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const u = new URL(url);
  const protocol = u.protocol === 'https:' ? 'https' : 'http';
  return { host: u.hostname, port: Number(u.port || (protocol === 'https' ? 443 : 80)), protocol };
}

export async function openPayments(config: Config, logger: Logger): Promise<ServerPayments> {
  const onboardingUrls: PaymentsServices['onboardingUrls'] = {
    chef: {
      returnUrl: new URL('/payouts/return', config.CHEF_APP_URL).toString(),
      refreshUrl: new URL('/payouts', config.CHEF_APP_URL).toString(),
    },
    driver: {
      returnUrl: new URL('/payouts/return', config.DRIVER_APP_URL).toString(),
      refreshUrl: new URL('/payouts', config.DRIVER_APP_URL).toString(),
    },
  };
  if (config.STRIPE_SECRET_KEY) {
    const stripe = createStripeClient({
      secretKey: config.STRIPE_SECRET_KEY,
      allowLive: config.STRIPE_LIVE === '1',
      ...(config.STRIPE_API_URL ? { endpoint: endpointOf(config.STRIPE_API_URL) } : {}),
    });
    logger.info(
      { api: config.STRIPE_API_URL ?? 'https://api.stripe.com', live: config.STRIPE_LIVE === '1' },
      'stripe configured',
    );
    return {
      services: { stripe, onboardingUrls },
      stripe,
      webhookSecret: config.STRIPE_WEBHOOK_SECRET ?? '',
      sandbox: null,
      close: async () => {},
    };
  }

  const webhookSecret = `whsec_${loadOrCreateSecret(
    config.DATA_DIR,
    'stripe-webhook-secret',
    config.STRIPE_WEBHOOK_SECRET?.slice('whsec_'.length),
  )}`;
  // With PORT=0 the server's address is not known yet: events then arrive by reconciliation.
  const webhooks =
    config.PORT === 0
      ? []
      : [{ url: `http://127.0.0.1:${config.PORT}${STRIPE_WEBHOOK_PATH}`, secret: webhookSecret }];
  const sandbox = await startStripeSandbox({
    port: config.STRIPE_SANDBOX_PORT,
    dataDir: join(config.DATA_DIR, 'stripe-sandbox'),
    webhooks,
  });
  const stripe = createStripeClient({
    secretKey: sandbox.secretKey,
    endpoint: sandbox.stripeConfig,
  });
  logger.info(
    { pages: sandbox.url, webhooks: webhooks.map((w) => w.url) },
    `STRIPE_SECRET_KEY is unset: the local Stripe sandbox runs at ${sandbox.url} (onboarding, checkout and Express dashboard pages)`,
  );
  return {
    services: { stripe, onboardingUrls },
    stripe,
    webhookSecret,
    sandbox,
    close: () => sandbox.close(),
  };
}

async function rawBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_WEBHOOK_BYTES) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * `POST /webhooks/stripe`: the signature is checked on the exact bytes received; a bad or stale
 * one is 400 and changes nothing. A handler failure is 500 so Stripe delivers it again.
 */
export async function handleStripeWebhook(
  req: IncomingMessage,
  res: ServerResponse,
  deps: {
    db: Database;
    payments: ServerPayments;
    logger: Logger;
    effects: EventEffects;
    outbox: OutboxSignal;
  },
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('allow', 'POST');
    reply(res, 405, { error: 'method not allowed' });
    return;
  }
  const body = await rawBody(req);
  if (!body) {
    reply(res, 413, { error: 'payload too large' });
    return;
  }
  const signature = req.headers['stripe-signature'];
  let event: Stripe.Event;
  try {
    event = verifyWebhook(
      deps.payments.stripe,
      body,
      typeof signature === 'string' ? signature : undefined,
      deps.payments.webhookSecret,
    );
  } catch (error) {
    if (!(error instanceof WebhookSignatureError)) throw error;
    deps.logger.warn({ reason: error.message }, 'stripe webhook refused: bad signature');
    reply(res, 400, { error: 'invalid signature' });
    return;
  }
  try {
    const outcome = await handleEvent(
      { db: deps.db, stripe: deps.payments.stripe, logger: deps.logger, effects: deps.effects },
      event,
    );
    if (outcome === 'applied') deps.outbox.kick();
    deps.logger.debug({ eventId: event.id, type: event.type, outcome }, 'stripe webhook');
    reply(res, 200, { received: true, outcome });
  } catch {
    reply(res, 500, { error: 'event not processed; Stripe will retry' });
  }
}

/** Runs reconciliation now and every `intervalMs`. */
export function startReconciliation(
  reconciler: Reconciler,
  intervalMs: number,
  logger: Logger,
): Loop {
  return startLoop('stripe reconciliation', () => reconciler.run(), intervalMs, logger);
}

export { createReconciler };
