import type Stripe from 'stripe';
import { invalidRequest, noSuch, StripeApiError } from './errors.ts';
import { type Engine } from './engine.ts';
import { type Reader } from './form.ts';
import { now } from './ids.ts';
import { PLATFORM_APPLICATION } from './objects.ts';
import type { State } from './state.ts';

export interface ApiContext {
  method: string;
  path: string;
  params: Reader;
  /** The `Stripe-Account` header: the connected account the call acts as, or null. */
  account: string | null;
  baseUrl: string;
}

type Handler = (ctx: ApiContext, engine: Engine, args: string[]) => unknown;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
  mutates: boolean;
  /** Top-level parameters the endpoint takes besides `expand`; anything else is refused. */
  params: ReadonlySet<string>;
}

const routes: Route[] = [];

const LIST = ['limit', 'starting_after', 'ending_before', 'created'];

/**
 * The parameters each endpoint accepts, so a misspelt or unsupported one fails the way
 * Stripe fails it (`parameter_unknown`) instead of being silently ignored.
 */
const PARAMS: Record<string, string[]> = {
  'POST /v1/accounts': [
    'type',
    'country',
    'email',
    'capabilities',
    'business_type',
    'metadata',
    'controller',
    'default_currency',
  ],
  'GET /v1/accounts': LIST,
  'POST /v1/accounts/:id': ['metadata', 'email'],
  'POST /v1/account_links': [
    'account',
    'type',
    'refresh_url',
    'return_url',
    'collect',
    'collection_options',
  ],
  'POST /v1/checkout/sessions': [
    'mode',
    'line_items',
    'payment_intent_data',
    'metadata',
    'success_url',
    'cancel_url',
    'expires_at',
    'client_reference_id',
    'customer_email',
    'payment_method_types',
    'locale',
  ],
  'GET /v1/checkout/sessions': [...LIST, 'payment_intent', 'status'],
  'GET /v1/checkout/sessions/:id/line_items': LIST,
  'POST /v1/payment_intents': [
    'amount',
    'currency',
    'metadata',
    'application_fee_amount',
    'transfer_data',
    'transfer_group',
    'description',
    'receipt_email',
    'payment_method',
    'payment_method_types',
    'confirm',
    'return_url',
  ],
  'GET /v1/payment_intents': LIST,
  'POST /v1/payment_intents/:id': ['metadata', 'description'],
  'POST /v1/payment_intents/:id/confirm': ['payment_method', 'return_url'],
  'POST /v1/payment_intents/:id/cancel': ['cancellation_reason'],
  'GET /v1/charges': [...LIST, 'payment_intent', 'transfer_group'],
  'GET /v1/application_fees': [...LIST, 'charge'],
  'GET /v1/application_fees/:id/refunds': LIST,
  'POST /v1/refunds': [
    'charge',
    'payment_intent',
    'amount',
    'reason',
    'metadata',
    'reverse_transfer',
    'refund_application_fee',
  ],
  'GET /v1/refunds': [...LIST, 'charge', 'payment_intent'],
  'POST /v1/transfers': [
    'amount',
    'currency',
    'destination',
    'source_transaction',
    'transfer_group',
    'description',
    'metadata',
  ],
  'GET /v1/transfers': [...LIST, 'destination', 'transfer_group'],
  'POST /v1/transfers/:id': ['metadata', 'description'],
  'POST /v1/transfers/:id/reversals': [
    'amount',
    'metadata',
    'description',
    'refund_application_fee',
  ],
  'GET /v1/transfers/:id/reversals': LIST,
  'GET /v1/balance_transactions': [...LIST, 'type', 'source', 'currency'],
  'GET /v1/events': [...LIST, 'type', 'types'],
};

function route(method: string, path: string, handler: Handler) {
  const pattern = new RegExp(`^${path.replace(/:[a-z_]+/g, '([^/]+)')}$`);
  const params = new Set(['expand', ...(PARAMS[`${method} ${path}`] ?? [])]);
  routes.push({ method, pattern, handler, mutates: method !== 'GET', params });
}

/** Stripe's answer to a parameter the endpoint does not take. */
export function checkParams(route: Route, params: Record<string, unknown>): void {
  for (const key of Object.keys(params)) {
    if (!route.params.has(key)) {
      throw invalidRequest(`Received unknown parameter: ${key}`, {
        code: 'parameter_unknown',
        param: key,
        doc_url: 'https://stripe.com/docs/error-codes/parameter-unknown',
      });
    }
  }
}

export function findRoute(method: string, path: string): { route: Route; args: string[] } | null {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) return { route: r, args: m.slice(1).map(decodeURIComponent) };
  }
  return null;
}

// ---- lists ---------------------------------------------------------------------------------

interface Listable {
  id: string;
  created?: number;
}

function createdFilter(p: Reader): (created: number) => boolean {
  if (!p.has('created')) return () => true;
  const exact = p.params.created;
  if (typeof exact === 'string') {
    const v = p.int('created') ?? 0;
    return (c) => c === v;
  }
  const range = p.obj('created');
  const gt = range?.int('gt');
  const gte = range?.int('gte');
  const lt = range?.int('lt');
  const lte = range?.int('lte');
  return (c) =>
    (gt === undefined || c > gt) &&
    (gte === undefined || c >= gte) &&
    (lt === undefined || c < lt) &&
    (lte === undefined || c <= lte);
}

/**
 * Stripe's cursor pagination over objects newest first: `limit` (1-100, default 10),
 * `starting_after` (older than that id), `ending_before` (newer than that id).
 */
export function paginate<T extends Listable>(
  itemsOldestFirst: T[],
  p: Reader,
  url: string,
  kind: string,
): Stripe.ApiList<T> {
  const keep = createdFilter(p);
  const items = itemsOldestFirst.filter((i) => keep(i.created ?? 0)).reverse();
  const limit = p.int('limit') ?? 10;
  if (limit < 1 || limit > 100) {
    throw invalidRequest('This value must be between 1 and 100 (it is currently ' + limit + ').', {
      param: 'limit',
    });
  }
  const after = p.str('starting_after');
  const before = p.str('ending_before');
  let page: T[];
  let hasMore: boolean;
  if (after) {
    const i = items.findIndex((x) => x.id === after);
    if (i < 0) throw noSuch(kind, after, 'starting_after');
    const rest = items.slice(i + 1);
    page = rest.slice(0, limit);
    hasMore = rest.length > limit;
  } else if (before) {
    const i = items.findIndex((x) => x.id === before);
    if (i < 0) throw noSuch(kind, before, 'ending_before');
    const rest = items.slice(0, i);
    page = rest.slice(Math.max(0, rest.length - limit));
    hasMore = rest.length > limit;
  } else {
    page = items.slice(0, limit);
    hasMore = items.length > limit;
  }
  return { object: 'list', data: page, has_more: hasMore, url };
}

const platformOnly = <T>(ctx: ApiContext, items: Record<string, T>): T[] =>
  ctx.account ? [] : Object.values(items);

function only<T>(ctx: ApiContext, item: T | undefined, kind: string, id: string): T {
  if (!item || ctx.account) throw noSuch(kind, id);
  return item;
}

function filterBy<T>(items: T[], p: Reader, fields: Array<keyof T & string>): T[] {
  let out = items;
  for (const field of fields) {
    const want = p.str(field);
    if (want !== undefined) out = out.filter((i) => i[field] === want);
  }
  return out;
}

// ---- expand --------------------------------------------------------------------------------

function lookup(engine: Engine, id: string): unknown {
  const s = engine.state;
  const [prefix] = id.split('_');
  switch (prefix) {
    case 'acct':
      return s.accounts[id];
    case 'pi':
      return s.paymentIntents[id];
    case 'ch':
      return s.charges[id];
    case 'fee':
      return s.applicationFees[id];
    case 're':
      return s.refunds[id];
    case 'tr':
      return s.transfers[id];
    case 'txn':
      return s.balanceTransactions[id];
    case 'cs':
      return s.checkoutSessions[id];
    case 'evt':
      return s.events[id];
    case 'trr':
      return Object.values(s.transfers)
        .flatMap((t) => t.reversals.data)
        .find((r) => r.id === id);
    default:
      return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function expandPath(engine: Engine, value: unknown, path: string[], full: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined || !isRecord(value)) return value;
  if (value.object === 'list' && head === 'data' && Array.isArray(value.data)) {
    value.data = value.data.map((item) => expandPath(engine, item, rest, full));
    return value;
  }
  if (value.object === 'checkout.session' && head === 'line_items') {
    const items = engine.state.lineItems[String(value.id)] ?? [];
    value.line_items = expandPath(
      engine,
      {
        object: 'list',
        data: structuredClone(items),
        has_more: false,
        url: `/v1/checkout/sessions/${String(value.id)}/line_items`,
      },
      rest,
      full,
    );
    return value;
  }
  if (!(head in value))
    throw invalidRequest(`This property cannot be expanded (${full}).`, { param: 'expand' });
  let field = value[head];
  if (typeof field === 'string') {
    const found = lookup(engine, field);
    if (found === undefined) {
      if (head === 'application' && field === PLATFORM_APPLICATION) {
        field = { id: field, object: 'application', name: 'HomeChef (sandbox)' };
      } else {
        throw invalidRequest(`This property cannot be expanded (${full}).`, { param: 'expand' });
      }
    } else {
      field = structuredClone(found);
    }
  } else if (field !== null && !isRecord(field)) {
    throw invalidRequest(`This property cannot be expanded (${full}).`, { param: 'expand' });
  }
  value[head] = expandPath(engine, field, rest, full);
  return value;
}

export function expand(engine: Engine, body: unknown, p: Reader): unknown {
  const paths = p.strings('expand');
  if (paths.length === 0) return body;
  const out = structuredClone(body);
  for (const path of paths) {
    const parts = path.split('.');
    if (parts.length > 4) {
      throw invalidRequest(
        `You cannot expand more than 4 levels of a property. Property: ${path}`,
        { param: 'expand' },
      );
    }
    expandPath(engine, out, parts, path);
  }
  return out;
}

/**
 * `GET <path>` (a page, narrowed by `filters`) and `GET <path>/:id` for objects that exist on
 * the platform account only: a connected account sees none of them.
 */
function platformObjects<T extends Listable>(
  path: string,
  kind: string,
  objects: (state: State) => Record<string, T>,
  filters: Array<NoInfer<keyof T & string>> = [],
) {
  route('GET', path, (ctx, e) => {
    const items = filterBy(platformOnly(ctx, objects(e.state)), ctx.params, filters);
    return paginate(items, ctx.params, path, kind);
  });
  route('GET', `${path}/:id`, (ctx, e, [id = '']) => only(ctx, objects(e.state)[id], kind, id));
}

// ---- routes --------------------------------------------------------------------------------

route('POST', '/v1/accounts', (ctx, e) => e.createAccount(ctx.params));
route('GET', '/v1/accounts', (ctx, e) =>
  paginate(platformOnly(ctx, e.state.accounts), ctx.params, '/v1/accounts', 'account'),
);
route('GET', '/v1/accounts/:id', (_ctx, e, [id]) => e.account(id ?? ''));
route('POST', '/v1/accounts/:id', (ctx, e, [id]) => e.updateAccount(id ?? '', ctx.params));
route('GET', '/v1/account', (ctx, e) => {
  if (ctx.account) return e.account(ctx.account);
  throw invalidRequest(
    'The sandbox has no platform account object; pass the Stripe-Account header.',
  );
});
route('POST', '/v1/accounts/:id/login_links', (ctx, e, [id]) => {
  const account = e.account(id ?? '');
  if (!account.details_submitted) {
    throw invalidRequest(
      'Cannot create a login link for an account that has not completed onboarding.',
      {
        param: 'account',
      },
    );
  }
  const token = crypto.randomUUID();
  const created = now();
  e.state.loginLinks[token] = { account: account.id, created };
  const link: Stripe.LoginLink = {
    object: 'login_link',
    created,
    url: `${ctx.baseUrl}/express/${token}`,
  };
  return link;
});
route('POST', '/v1/account_links', (ctx, e) => {
  const p = ctx.params;
  const account = e.account(p.reqStr('account'), 'account');
  const type = p.reqStr('type');
  if (type !== 'account_onboarding' && type !== 'account_update') {
    throw invalidRequest(`Invalid type: must be one of account_onboarding or account_update`, {
      param: 'type',
    });
  }
  const refreshUrl = p.reqStr('refresh_url');
  const returnUrl = p.reqStr('return_url');
  for (const [param, value] of [
    ['refresh_url', refreshUrl],
    ['return_url', returnUrl],
  ] as const) {
    if (!URL.canParse(value)) throw invalidRequest(`Not a valid URL`, { param });
  }
  const token = crypto.randomUUID();
  const created = now();
  const expiresAt = created + 300;
  e.state.accountLinks[token] = {
    token,
    account: account.id,
    type,
    refresh_url: refreshUrl,
    return_url: returnUrl,
    created,
    expires_at: expiresAt,
    opened_at: null,
    submitted_at: null,
  };
  const link: Stripe.AccountLink = {
    object: 'account_link',
    created,
    expires_at: expiresAt,
    url: `${ctx.baseUrl}/onboard/${token}`,
  };
  return link;
});

route('POST', '/v1/checkout/sessions', (ctx, e) => e.createCheckoutSession(ctx.params));
route('GET', '/v1/checkout/sessions', (ctx, e) => {
  e.sweep();
  const items = filterBy(platformOnly(ctx, e.state.checkoutSessions), ctx.params, [
    'payment_intent',
    'status',
  ]);
  return paginate(items, ctx.params, '/v1/checkout/sessions', 'checkout.session');
});
route('GET', '/v1/checkout/sessions/:id', (ctx, e, [id = '']) => {
  only(ctx, e.state.checkoutSessions[id], 'checkout.session', id);
  return e.session(id);
});
route('POST', '/v1/checkout/sessions/:id/expire', (ctx, e, [id = '']) => {
  only(ctx, e.state.checkoutSessions[id], 'checkout.session', id);
  return e.expireSession(id);
});
route('GET', '/v1/checkout/sessions/:id/line_items', (ctx, e, [id = '']) => {
  only(ctx, e.state.checkoutSessions[id], 'checkout.session', id);
  const items = [...(e.state.lineItems[id] ?? [])].reverse();
  return paginate(items, ctx.params, `/v1/checkout/sessions/${id}/line_items`, 'line_item');
});

route('POST', '/v1/payment_intents', (ctx, e) => {
  if (ctx.account)
    throw invalidRequest(
      'The sandbox creates PaymentIntents on the platform only (destination charges).',
    );
  return e.createPaymentIntent(ctx.params);
});
platformObjects('/v1/payment_intents', 'payment_intent', (s: State) => s.paymentIntents);
route('POST', '/v1/payment_intents/:id', (ctx, e, [id = '']) => {
  only(ctx, e.state.paymentIntents[id], 'payment_intent', id);
  return e.updatePaymentIntent(id, ctx.params);
});
route('POST', '/v1/payment_intents/:id/confirm', (ctx, e, [id = '']) => {
  only(ctx, e.state.paymentIntents[id], 'payment_intent', id);
  return e.confirmPaymentIntent(
    id,
    ctx.params.str('payment_method') ?? null,
    ctx.params.str('return_url'),
  );
});
route('POST', '/v1/payment_intents/:id/cancel', (ctx, e, [id = '']) => {
  only(ctx, e.state.paymentIntents[id], 'payment_intent', id);
  return e.cancelPaymentIntent(id, ctx.params.str('cancellation_reason'));
});

platformObjects('/v1/charges', 'charge', (s: State) => s.charges, [
  'payment_intent',
  'transfer_group',
]);

platformObjects('/v1/application_fees', 'application_fee', (s: State) => s.applicationFees, [
  'charge',
]);
route('GET', '/v1/application_fees/:id/refunds', (ctx, e, [id = '']) => {
  const fee = only(ctx, e.state.applicationFees[id], 'application_fee', id);
  return paginate(
    [...fee.refunds.data].reverse(),
    ctx.params,
    `/v1/application_fees/${id}/refunds`,
    'fee_refund',
  );
});

route('POST', '/v1/refunds', (ctx, e) => {
  if (ctx.account) throw invalidRequest('The sandbox refunds platform charges only.');
  return e.createRefund(ctx.params);
});
platformObjects('/v1/refunds', 'refund', (s: State) => s.refunds, ['charge', 'payment_intent']);

route('POST', '/v1/transfers', (ctx, e) => {
  if (ctx.account) throw invalidRequest('The sandbox makes transfers from the platform only.');
  return e.createTransfer(ctx.params);
});
platformObjects('/v1/transfers', 'transfer', (s: State) => s.transfers, [
  'destination',
  'transfer_group',
]);
route('POST', '/v1/transfers/:id', (ctx, e, [id = '']) => {
  only(ctx, e.state.transfers[id], 'transfer', id);
  return e.updateTransfer(id, ctx.params);
});
route('POST', '/v1/transfers/:id/reversals', (ctx, e, [id = '']) => {
  only(ctx, e.state.transfers[id], 'transfer', id);
  return e.createReversal(id, ctx.params);
});
route('GET', '/v1/transfers/:id/reversals', (ctx, e, [id = '']) => {
  const tr = only(ctx, e.state.transfers[id], 'transfer', id);
  return paginate(
    [...tr.reversals.data].reverse(),
    ctx.params,
    `/v1/transfers/${id}/reversals`,
    'transfer_reversal',
  );
});
route('GET', '/v1/transfers/:id/reversals/:rid', (ctx, e, [id = '', rid = '']) => {
  const tr = only(ctx, e.state.transfers[id], 'transfer', id);
  const reversal = tr.reversals.data.find((r) => r.id === rid);
  if (!reversal) throw noSuch('transfer_reversal', rid);
  return reversal;
});

route('GET', '/v1/balance', (ctx, e) => e.balance(ctx.account));
route('GET', '/v1/balance_transactions', (ctx, e) => {
  const mine = Object.values(e.state.balanceTransactions).filter(
    (t) => (e.state.owners[t.id] ?? null) === ctx.account,
  );
  const items = filterBy(mine, ctx.params, ['type', 'source', 'currency']);
  return paginate(items, ctx.params, '/v1/balance_transactions', 'balance_transaction');
});
route('GET', '/v1/balance_transactions/:id', (ctx, e, [id = '']) => {
  const txn = e.state.balanceTransactions[id];
  if (!txn || (e.state.owners[id] ?? null) !== ctx.account) throw noSuch('balance_transaction', id);
  return txn;
});

route('GET', '/v1/events', (ctx, e) => {
  let items = Object.values(e.state.events);
  if (ctx.account) items = items.filter((ev) => ev.account === ctx.account);
  const type = ctx.params.str('type');
  if (type) {
    const re = new RegExp(`^${type.replaceAll('.', '\\.').replaceAll('*', '.*')}$`);
    items = items.filter((ev) => re.test(ev.type));
  }
  const types = ctx.params.strings('types');
  if (types.length) items = items.filter((ev) => types.includes(ev.type));
  return paginate(items, ctx.params, '/v1/events', 'event');
});
route('GET', '/v1/events/:id', (ctx, e, [id = '']) => {
  const ev = e.state.events[id];
  if (!ev || (ctx.account && ev.account !== ctx.account)) throw noSuch('event', id);
  return ev;
});

export function unknownRoute(method: string, path: string): StripeApiError {
  return new StripeApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}
