import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';
import { checkParams, expand, findRoute, unknownRoute } from './api.ts';
import { Engine } from './engine.ts';
import { invalidRequest, StripeApiError } from './errors.ts';
import { parseForm, Reader } from './form.ts';
import { newId, now, resetClock, shiftClock } from './ids.ts';
import {
  authenticatePage,
  checkoutPage,
  dashboardPage,
  indexPage,
  messagePage,
  onboardingPage,
  formatAmount,
} from './pages.ts';
import { Store, type OnboardingDetails } from './state.ts';
import {
  DEFAULT_RETRY,
  type DeliveryAttempt,
  type RetryPolicy,
  type WebhookChaos,
  type WebhookEndpoint,
  WebhookDispatcher,
} from './webhooks.ts';

export interface StripeSandboxOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  host?: string;
  /** Where the state file lives; a restart with the same directory keeps everything. */
  dataDir: string;
  /** The only secret key accepted (`sk_test_…`). */
  secretKey?: string;
  webhooks?: WebhookEndpoint[];
  webhookRetry?: Partial<RetryPolicy>;
  /** Test-only: deliver events delayed, out of order and twice. */
  webhookChaos?: WebhookChaos | null;
  /** Base URL of the hosted pages when the sandbox sits behind a proxy. */
  publicUrl?: string;
}

export interface StripeSandbox {
  /** e.g. `http://127.0.0.1:12111`; hosted pages live under it. */
  url: string;
  port: number;
  secretKey: string;
  /** Spread into `new Stripe(secretKey, { ...sandbox.stripeConfig })`. */
  stripeConfig: { host: string; port: number; protocol: 'http' };
  /** Every webhook delivery attempt so far (this process only). */
  deliveries: readonly DeliveryAttempt[];
  setWebhookChaos(chaos: WebhookChaos | null): void;
  /** Resolves when no webhook delivery is due or in flight. */
  webhooksIdle(): Promise<void>;
  /**
   * Test-only: moves the clock forward (process-wide, reset by `close`) so that session
   * expiry, account-link expiry and idempotency-key expiry can be exercised.
   */
  advanceClock(seconds: number): void;
  /**
   * Demo and test only: fills an account's hosted onboarding form as its owner would (the same
   * effect and `account.updated` event as submitting the page), e.g. for seeded demo people.
   */
  submitOnboarding(accountId: string, details: OnboardingDetails): Stripe.Account;
  close(): Promise<void>;
}

export const DEFAULT_SECRET_KEY = 'sk_test_homechef_sandbox';

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

function redact(key: string): string {
  return key.length > 12
    ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`
    : key;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > 1_000_000) throw invalidRequest('Request body too large.');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'stripe-version': '2026-10-28.endive',
    ...headers,
  });
  res.end(body);
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(html);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location });
  res.end();
}

export async function startStripeSandbox(options: StripeSandboxOptions): Promise<StripeSandbox> {
  const secretKey = options.secretKey ?? DEFAULT_SECRET_KEY;
  if (!secretKey.startsWith('sk_test_'))
    throw new Error('The Stripe sandbox only accepts sk_test_ keys.');
  const host = options.host ?? '127.0.0.1';
  const store = new Store(options.dataDir);
  let baseUrl = options.publicUrl ?? '';
  const dispatcher = new WebhookDispatcher(
    store,
    options.webhooks ?? [],
    { ...DEFAULT_RETRY, ...options.webhookRetry },
    options.webhookChaos ?? null,
  );
  const engine = new Engine(store, {
    onEvent: (event) => dispatcher.enqueue(event),
    baseUrl: () => baseUrl,
  });

  function commit() {
    const cutoff = now() - IDEMPOTENCY_TTL_SECONDS;
    for (const [key, record] of Object.entries(store.state.idempotency)) {
      if (record.created < cutoff) delete store.state.idempotency[key];
    }
    store.save();
    dispatcher.kick();
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    const requestId = newId('req', 14);
    const method = req.method ?? 'GET';
    const fail = (err: StripeApiError) =>
      sendJson(
        res,
        err.status,
        JSON.stringify(
          { error: { ...err.body, request_log_url: `${baseUrl}/logs/${requestId}` } },
          null,
          2,
        ),
        {
          'request-id': requestId,
        },
      );
    try {
      const auth = req.headers.authorization ?? '';
      let key = '';
      if (auth.startsWith('Bearer ')) key = auth.slice(7).trim();
      else if (auth.startsWith('Basic '))
        key = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')[0] ?? '';
      if (!key) {
        throw new StripeApiError(401, {
          type: 'invalid_request_error',
          message:
            "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
        });
      }
      if (key !== secretKey) {
        throw new StripeApiError(401, {
          type: 'invalid_request_error',
          code: 'api_key_invalid',
          message: `Invalid API Key provided: ${redact(key)}`,
        });
      }
      const body = method === 'POST' ? await readBody(req) : '';
      const params = parseForm(method === 'POST' ? body : url.search.slice(1));
      const accountHeader = req.headers['stripe-account'];
      const account = typeof accountHeader === 'string' && accountHeader ? accountHeader : null;
      if (account && !store.state.accounts[account]) {
        throw new StripeApiError(403, {
          type: 'invalid_request_error',
          code: 'account_invalid',
          message: `The provided key '${redact(key)}' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
        });
      }
      const found = findRoute(method, url.pathname);
      if (!found) throw unknownRoute(method, url.pathname);
      checkParams(found.route, params);

      const idemHeader = req.headers['idempotency-key'];
      const idemKey =
        method === 'POST' && typeof idemHeader === 'string' && idemHeader ? idemHeader : null;
      const scopedKey = idemKey ? `${account ?? 'platform'}:${idemKey}` : null;
      const fingerprint = createHash('sha256')
        .update(`${method} ${url.pathname} ${stable(params)}`)
        .digest('hex');
      if (scopedKey) {
        const seen = store.state.idempotency[scopedKey];
        if (seen) {
          if (seen.fingerprint !== fingerprint) {
            throw new StripeApiError(400, {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idemKey}' if you meant to execute a different request.`,
            });
          }
          sendJson(res, seen.status, seen.body, {
            'request-id': requestId,
            'idempotency-key': idemKey ?? '',
            'idempotent-replayed': 'true',
          });
          return;
        }
      }

      if (engine.sweep()) commit();
      engine.request = { id: requestId, idempotencyKey: idemKey };
      const reader = new Reader(params);
      let status = 200;
      let text: string;
      try {
        const result = found.route.handler(
          { method, path: url.pathname, params: reader, account, baseUrl },
          engine,
          found.args,
        );
        text = JSON.stringify(expand(engine, result, reader), null, 2);
      } catch (err) {
        if (!(err instanceof StripeApiError)) throw err;
        status = err.status;
        text = JSON.stringify(
          { error: { ...err.body, request_log_url: `${baseUrl}/logs/${requestId}` } },
          null,
          2,
        );
      } finally {
        engine.request = null;
      }
      if (scopedKey && idemKey) {
        store.state.idempotency[scopedKey] = {
          key: idemKey,
          fingerprint,
          status,
          body: text,
          created: now(),
        };
      }
      if (found.route.mutates || scopedKey) commit();
      sendJson(res, status, text, {
        'request-id': requestId,
        ...(idemKey ? { 'idempotency-key': idemKey } : {}),
      });
    } catch (err) {
      if (err instanceof StripeApiError) return fail(err);
      console.error('stripe-sandbox: internal error', err);
      fail(
        new StripeApiError(500, {
          type: 'api_error',
          message: 'An unknown error occurred in the Stripe sandbox.',
        }),
      );
    }
  }

  // ---- hosted pages ----------------------------------------------------------------------

  async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
    return new URLSearchParams(await readBody(req));
  }

  async function handlePage(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean);
    if (engine.sweep()) commit();

    if (parts.length === 0) return sendHtml(res, 200, indexPage(baseUrl));

    if (parts[0] === 'onboard' && parts.length === 2) {
      const link = store.state.accountLinks[parts[1] ?? ''];
      if (!link) {
        const page = messagePage('Link not found', 'This onboarding link does not exist.', 404);
        return sendHtml(res, page.status, page.html);
      }
      const account = store.state.accounts[link.account];
      if (!account) return sendHtml(res, 404, messagePage('Not found', 'Account not found.').html);
      const t = now();
      if (method === 'GET') {
        // Account links are single-use and short-lived; a spent or stale one goes to refresh_url.
        if (link.opened_at !== null || t > link.expires_at) return redirect(res, link.refresh_url);
        link.opened_at = t;
        commit();
        return sendHtml(
          res,
          200,
          onboardingPage(account, store.state.onboarding[account.id] ?? {}, url.pathname),
        );
      }
      if (method === 'POST') {
        if (link.opened_at === null || link.submitted_at !== null || t > link.opened_at + 3600) {
          return redirect(res, link.refresh_url);
        }
        const form = await formOf(req);
        const text = (name: string) => form.get(name)?.trim() || undefined;
        const fields = {
          first_name: text('first_name'),
          last_name: text('last_name'),
          dob: text('dob'),
          account_number: text('account_number'),
          ...(form.get('tos') === 'accepted'
            ? { tos_accepted_at: t, tos_ip: req.socket.remoteAddress ?? '127.0.0.1' }
            : {}),
        };
        const defined = Object.fromEntries(
          Object.entries(fields).filter(([, v]) => v !== undefined),
        );
        const updated = engine.submitOnboarding(account.id, defined);
        const finished = form.get('action') !== 'save';
        if (finished && !updated.details_submitted) {
          commit();
          return sendHtml(
            res,
            200,
            onboardingPage(updated, store.state.onboarding[account.id] ?? {}, url.pathname),
          );
        }
        link.submitted_at = t;
        commit();
        return redirect(res, link.return_url);
      }
    }

    if (parts[0] === 'express' && parts.length === 2 && method === 'GET') {
      const login = store.state.loginLinks[parts[1] ?? ''];
      const account = login && store.state.accounts[login.account];
      if (!account)
        return sendHtml(
          res,
          404,
          messagePage('Link not found', 'This dashboard link does not exist.').html,
        );
      const transfers = Object.values(store.state.transfers)
        .filter((tr) => tr.destination === account.id)
        .reverse();
      return sendHtml(res, 200, dashboardPage(account, engine.balance(account.id), transfers));
    }

    if (
      parts[0] === 'pay' &&
      (parts.length === 2 || (parts.length === 3 && parts[2] === 'authenticate'))
    ) {
      const session = store.state.checkoutSessions[parts[1] ?? ''];
      if (!session)
        return sendHtml(
          res,
          404,
          messagePage('Not found', 'This checkout page does not exist.', 404).html,
        );
      const items = store.state.lineItems[session.id] ?? [];
      const self = `/pay/${session.id}`;
      if (session.status === 'expired') {
        const page = messagePage('Session expired', 'This checkout session has expired.', 410);
        return sendHtml(res, page.status, page.html);
      }
      if (session.status === 'complete') {
        const page = messagePage('Already paid', 'This checkout session is already paid.', 200);
        return sendHtml(res, page.status, page.html);
      }
      if (parts.length === 3) {
        const pi =
          typeof session.payment_intent === 'string'
            ? store.state.paymentIntents[session.payment_intent]
            : undefined;
        if (!pi || pi.status !== 'requires_action') return redirect(res, self);
        if (method === 'GET') {
          return sendHtml(
            res,
            200,
            authenticatePage(formatAmount(pi.amount, pi.currency), `${self}/authenticate`),
          );
        }
        const form = await formOf(req);
        const outcome = engine.authenticateCheckout(session.id, form.get('result') === 'complete');
        commit();
        if (outcome.kind === 'succeeded') return redirect(res, outcome.redirect);
        return sendHtml(res, 402, checkoutPage(session, items, self, outcome.message));
      }
      if (method === 'GET') return sendHtml(res, 200, checkoutPage(session, items, self, null));
      const form = await formOf(req);
      try {
        const outcome = engine.payCheckout(
          session.id,
          form.get('card_number') ?? '',
          form.get('email')?.trim() || null,
          form.get('name')?.trim() || null,
        );
        commit();
        if (outcome.kind === 'succeeded') return redirect(res, outcome.redirect);
        if (outcome.kind === 'requires_action') return redirect(res, `${self}/authenticate`);
        return sendHtml(res, 402, checkoutPage(session, items, self, outcome.message));
      } catch (err) {
        if (err instanceof StripeApiError)
          return sendHtml(res, err.status, checkoutPage(session, items, self, err.message));
        throw err;
      }
    }

    if (parts[0] === 'authenticate' && parts.length === 2) {
      // The `next_action.redirect_to_url` of a PaymentIntent confirmed through the API.
      const pi = store.state.paymentIntents[parts[1] ?? ''];
      if (!pi) return sendHtml(res, 404, messagePage('Not found', 'Unknown payment.', 404).html);
      const returnUrl = pi.next_action?.redirect_to_url?.return_url ?? null;
      if (pi.status !== 'requires_action')
        return sendHtml(
          res,
          409,
          messagePage('Nothing to confirm', `This payment is ${pi.status}.`, 409).html,
        );
      if (method === 'GET')
        return sendHtml(
          res,
          200,
          authenticatePage(formatAmount(pi.amount, pi.currency), url.pathname),
        );
      const form = await formOf(req);
      const updated: Stripe.PaymentIntent = engine.completeAuthentication(
        pi.id,
        form.get('result') === 'complete',
      );
      commit();
      if (returnUrl) {
        const target = new URL(returnUrl);
        target.searchParams.set('payment_intent', updated.id);
        return redirect(res, target.toString());
      }
      const page = messagePage('Done', `The payment is ${updated.status}.`);
      return sendHtml(res, page.status, page.html);
    }

    const page = messagePage('Not found', 'Nothing here.', 404);
    return sendHtml(res, page.status, page.html);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const handler = url.pathname.startsWith('/v1/') ? handleApi : handlePage;
    handler(req, res, url).catch((err: unknown) => {
      console.error('stripe-sandbox: internal error', err);
      if (!res.headersSent)
        sendHtml(res, 500, messagePage('Error', 'The sandbox hit an internal error.', 500).html);
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  if (!baseUrl) baseUrl = origin;
  dispatcher.kick();

  return {
    url: baseUrl,
    port,
    secretKey,
    stripeConfig: { host, port, protocol: 'http' },
    deliveries: dispatcher.log,
    setWebhookChaos(chaos) {
      dispatcher.chaos = chaos;
    },
    webhooksIdle: () => dispatcher.idle(),
    advanceClock(seconds) {
      shiftClock(seconds);
      engine.sweep();
      commit();
    },
    submitOnboarding(accountId, details) {
      const account = engine.submitOnboarding(accountId, details);
      commit();
      return account;
    },
    async close() {
      resetClock();
      await dispatcher.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.flush();
    },
  };
}
