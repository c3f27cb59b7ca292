import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { onTestFinished } from 'vitest';
import { startStripeSandbox, type StripeSandbox, type StripeSandboxOptions } from '../src/index.ts';

export {
  COMPLETE_ONBOARDING,
  connectedAccount,
  formAction,
  onboard,
  payCheckout,
  submitForm,
} from '../src/testing.ts';

export const FAST_RETRY = { initialDelayMs: 40, maxDelayMs: 200, maxAttempts: 50, timeoutMs: 2000 };

export interface Harness {
  sandbox: StripeSandbox;
  stripe: Stripe;
  dataDir: string;
  /** Stops the sandbox and starts a new one on the same data directory. */
  restart(): Promise<void>;
}

/** A sandbox on a random port with a fresh data directory, stopped when the test ends. */
export async function startHarness(options: Partial<StripeSandboxOptions> = {}): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'stripe-sandbox-'));
  const h = {
    dataDir,
    sandbox: await startStripeSandbox({ dataDir, webhookRetry: FAST_RETRY, ...options }),
  } as Harness;
  const client = () =>
    new Stripe(h.sandbox.secretKey, { ...h.sandbox.stripeConfig, maxNetworkRetries: 0 });
  h.stripe = client();
  h.restart = async () => {
    const port = h.sandbox.port;
    await h.sandbox.close();
    h.sandbox = await startStripeSandbox({ dataDir, webhookRetry: FAST_RETRY, ...options, port });
    h.stripe = client();
  };
  onTestFinished(async () => {
    await h.sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return h;
}

export interface Received {
  payload: string;
  signature: string;
}

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** HTTP status the endpoint answers with (default 200). */
  status: number;
  listen(): Promise<void>;
  close(): Promise<void>;
}

/** A webhook endpoint that records what it gets; `port` can be fixed to bring it up later. */
export async function webhookReceiver(port?: number): Promise<Receiver> {
  let server: Server | null = null;
  const r: Receiver = {
    url: '',
    port: port ?? (await freePort()),
    received: [],
    status: 200,
    async listen() {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const sig = req.headers['stripe-signature'];
          if (r.status >= 200 && r.status < 300) {
            r.received.push({
              payload: Buffer.concat(chunks).toString('utf8'),
              signature: typeof sig === 'string' ? sig : '',
            });
          }
          res.writeHead(r.status).end();
        });
      });
      await new Promise<void>((resolve) => server?.listen(r.port, '127.0.0.1', () => resolve()));
    },
    async close() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = null;
    },
  };
  r.url = `http://127.0.0.1:${r.port}/webhooks/stripe`;
  onTestFinished(() => r.close());
  return r;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export async function until<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function checkoutFor(
  stripe: Stripe,
  destination: string,
  amounts: { food: number; fee: number },
  extra: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Promise<Stripe.Checkout.Session> {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [
      {
        quantity: 2,
        price_data: {
          currency: 'usd',
          unit_amount: amounts.food / 2,
          product_data: { name: 'Jollof rice' },
        },
      },
    ],
    payment_intent_data: {
      application_fee_amount: amounts.fee,
      transfer_data: { destination },
      transfer_group: 'order_1',
      metadata: { order_id: 'order_1' },
    },
    metadata: { order_id: 'order_1' },
    success_url: 'https://app.test/orders/1?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://app.test/cart',
    ...extra,
  });
}

export async function available(stripe: Stripe, account?: string): Promise<number> {
  const balance = await stripe.balance.retrieve({}, account ? { stripeAccount: account } : {});
  return balance.available.find((b) => b.currency === 'usd')?.amount ?? 0;
}
