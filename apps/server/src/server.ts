import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  appRouter,
  authenticate,
  bearerToken,
  createContext,
  createRateLimits,
  createTrailWriter,
  DOCUMENTS_PATH,
  handleDocumentsRequest,
  DEFAULT_RATE_LIMITS,
  orderPaymentEffects,
  startOutboxRelay,
  sweepOrders,
  createLeadership,
  DEFAULT_DISPATCH_SETTINGS,
  runLoggedRound,
  sweepSilentDrivers,
  RateLimitedError,
  type Client,
  type PushSettings,
  type Services,
} from '@homechef/api';
import { secretKey } from '@homechef/auth';
import type { DatabaseHandle } from '@homechef/db';
import { createGeocoder, createGeoIndex } from '@homechef/geo';
import type { EventBus } from '@homechef/realtime';
import { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from './config.ts';
import { startHeartbeat } from './heartbeat.ts';
import type { Logger } from './logger.ts';
import { startLoop } from './loops.ts';
import { createMetrics } from './metrics.ts';
import { clientIp } from './client-ip.ts';
import {
  createReconciler,
  handleStripeWebhook,
  openPayments,
  startReconciliation,
  STRIPE_WEBHOOK_PATH,
} from './payments.ts';
import { pushSettings } from './push.ts';
import { loadOrCreateSecret } from './secrets.ts';
import { createDemoOrders, type DemoOrdersResult } from './demo-orders.ts';
import { connectDemoPayouts } from './demo-payouts.ts';
import { openBus, openDatabase, openRedis, openStorage } from './services.ts';
import { closeSocket, guardSocket, SocketGuard } from './socket-guard.ts';
import { SocketRegistry } from './sockets.ts';

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  readonly database: DatabaseHandle;
  readonly bus: EventBus;
  /** The demo orders a first start makes in the background (see demo-orders.ts). */
  readonly demoOrders: Promise<DemoOrdersResult | null>;
  /** Tells WebSocket clients to reconnect elsewhere, drains requests, closes every resource. */
  close(): Promise<void>;
}

const ALLOWED_HEADERS = 'authorization, content-type, trpc-accept, x-request-id';
const MAX_TRPC_BODY = 1024 * 1024;

export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(config, logger);
  let bus: EventBus;
  try {
    bus = await openBus(config, logger);
  } catch (error) {
    await database.close();
    throw error;
  }

  const redis = await openRedis(config, logger).catch(async (error: unknown) => {
    await Promise.allSettled([bus.close(), database.close()]);
    throw error;
  });
  if (config.DATABASE_URL && !config.JWT_SECRET) {
    logger.warn(
      'JWT_SECRET is unset: using a secret kept in DATA_DIR; set it when several instances serve one database',
    );
  }
  if (config.DATABASE_URL && !config.VAPID_PUBLIC_KEY) {
    logger.warn(
      'VAPID_PUBLIC_KEY is unset: using a key pair kept in DATA_DIR; set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when several instances serve one database',
    );
  }
  let push: PushSettings;
  try {
    push = pushSettings(config);
  } catch (error) {
    redis?.disconnect();
    await Promise.allSettled([bus.close(), database.close()]);
    throw error;
  }

  const payments = await openPayments(config, logger).catch(async (error: unknown) => {
    redis?.disconnect();
    await Promise.allSettled([bus.close(), database.close()]);
    throw error;
  });
  await connectDemoPayouts(database.db, payments.stripe, payments.sandbox, logger).catch(
    (error: unknown) => logger.warn({ err: error }, 'could not connect the demo Stripe accounts'),
  );
  const reconciler = createReconciler({
    db: database.db,
    stripe: payments.stripe,
    logger,
    effects: orderPaymentEffects,
  });
  // Before the webhook route takes traffic, so a fresh delivery cannot hide a gap.
  await reconciler.prime();

  // Names this instance in heartbeats without telling clients the host name or the pid.
  const instance = randomBytes(6).toString('hex');
  const metrics = createMetrics();
  const outbox = startOutboxRelay({
    db: database.db,
    bus,
    onError: (error) => logger.warn({ err: error }, 'outbox relay failed; retrying'),
  });
  const services: Services = {
    db: database.db,
    dbKind: database.kind,
    bus,
    auth: {
      key: secretKey(loadOrCreateSecret(config.DATA_DIR, 'jwt-secret', config.JWT_SECRET)),
      accessTtlSeconds: config.ACCESS_TOKEN_TTL,
      refreshTtlSeconds: config.REFRESH_TOKEN_TTL,
    },
    limits: createRateLimits(
      redis,
      {
        ...DEFAULT_RATE_LIMITS,
        authPerIp: {
          points: config.AUTH_ATTEMPTS_PER_IP,
          windowSeconds: config.AUTH_ATTEMPTS_WINDOW,
        },
      },
      `${config.REDIS_PREFIX}:rl`,
    ),
    storage: openStorage(config),
    payments: payments.services,
    orders: {
      pricing: {
        deliveryBaseCents: config.DELIVERY_FEE_BASE_CENTS,
        deliveryPerKmCents: config.DELIVERY_FEE_PER_KM_CENTS,
        platformFeeBps: config.PLATFORM_FEE_BPS,
      },
      acceptTimeoutSeconds: config.ORDER_ACCEPT_TIMEOUT_SECONDS,
      checkoutTtlSeconds: config.CHECKOUT_TTL_SECONDS,
      checkoutSuccessUrl: new URL('/orders/{ORDER_ID}?paid=1', config.CUSTOMER_APP_URL)
        .toString()
        .replace(encodeURIComponent('{ORDER_ID}'), '{ORDER_ID}'),
      checkoutCancelUrl: new URL('/orders/{ORDER_ID}', config.CUSTOMER_APP_URL)
        .toString()
        .replace(encodeURIComponent('{ORDER_ID}'), '{ORDER_ID}'),
    },
    outbox,
    geocoder: createGeocoder({
      url: config.GEOCODER_URL,
      kind: config.GEOCODER_KIND,
      timeoutMs: config.GEOCODER_TIMEOUT_MS,
    }),
    push,
    geoIndex: createGeoIndex(redis, `${config.REDIS_PREFIX}:`),
    trail: createTrailWriter(database.db, {
      onError: (error, dropped) =>
        logger.warn({ err: error, dropped }, 'driver trail write failed; retrying'),
    }),
    observe: ({ path, type, durationMs, code, error, requestId }) => {
      metrics.procedureCalls.inc({ path, type, code });
      metrics.procedureDuration.observe({ path, type }, durationMs / 1000);
      const fields = { reqId: requestId, path, type, code, ms: Math.round(durationMs * 10) / 10 };
      if (code === 'INTERNAL_SERVER_ERROR')
        logger.error({ ...fields, err: error }, 'procedure failed');
      else logger.debug(fields, 'procedure');
    },
  };

  const trustedProxies = new Set(config.TRUSTED_PROXIES);
  const clientOf = (req: IncomingMessage): Client => ({
    ip: clientIp(req, trustedProxies),
    userAgent: req.headers['user-agent'] ?? null,
  });

  const trpcHandler = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_TRPC_BODY,
    // Checked before any input is read: a batch of MAX_BATCH_SIZE + 1 runs nothing.
    maxBatchSize: config.MAX_BATCH_SIZE,
    createContext: async ({ req, res }) =>
      createContext({
        services,
        actor: await authenticate(services, bearerToken(req.headers.authorization)),
        client: clientOf(req),
        // The id the request handler chose, so the context, the log line and the header agree.
        requestId: String(res.getHeader('x-request-id')),
      }),
    responseMeta: ({ errors, info }) => {
      // Appended to tRPC's own `Vary` (which would otherwise replace the one CORS set): the
      // CORS answer depends on the Origin, so no cache may serve it to another origin.
      const headers = new Headers({ vary: 'origin' });
      // A request refused before any call was read (batch too large, body too large) gets
      // a JSON error body; say so.
      if (!info && errors.length > 0) headers.set('content-type', 'application/json');
      const limited = errors.find((e) => e.cause instanceof RateLimitedError)?.cause;
      if (limited instanceof RateLimitedError)
        headers.set('retry-after', String(limited.retryAfterSeconds));
      return { headers };
    },
  });

  const metricsToken = config.METRICS_TOKEN;
  const server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = path.startsWith('/trpc/')
      ? '/trpc'
      : path.startsWith(`${DOCUMENTS_PATH}/`)
        ? DOCUMENTS_PATH
        : path;
    res.on('finish', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      metrics.httpRequests.inc({
        route: knownRoute(route),
        method: req.method ?? '',
        status: res.statusCode,
      });
      logger.info(
        { reqId: requestId, method: req.method, path, status: res.statusCode, ms },
        'request',
      );
    });
    guardBody(req, res, config.HTTP_BODY_IDLE_TIMEOUT_MS);
    applyCors(config, req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (route === '/trpc') {
      // Refused from its declared length, before a byte of it is read.
      if (Number(req.headers['content-length'] ?? 0) > MAX_TRPC_BODY) {
        res.setHeader('connection', 'close');
        json(res, 413, {
          error: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body exceeds 1 MiB' },
        });
        return;
      }
      trpcHandler(req, res);
      return;
    }
    if (req.method === 'GET' && path === '/healthz') {
      void healthz(database, bus).then(({ status, body }) => json(res, status, body));
      return;
    }
    if (req.method === 'GET' && path === '/metrics' && metricsToken) {
      if (!bearerMatches(req.headers.authorization, metricsToken)) {
        res.setHeader('www-authenticate', 'Bearer');
        json(res, 401, { error: 'metrics need the METRICS_TOKEN bearer token' });
        return;
      }
      void metrics.registry.metrics().then((text) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
      });
      return;
    }
    if (path === STRIPE_WEBHOOK_PATH) {
      void handleStripeWebhook(req, res, {
        db: database.db,
        payments,
        logger,
        effects: orderPaymentEffects,
        outbox,
      });
      return;
    }
    if (path === DOCUMENTS_PATH || path.startsWith(`${DOCUMENTS_PATH}/`)) {
      void serveDocuments(req, res);
      return;
    }
    json(res, 404, { error: 'not found' });
  });

  // Chef documents travel as raw bodies, outside tRPC (files do not belong in JSON).
  async function serveDocuments(req: IncomingMessage, res: ServerResponse) {
    let actor;
    try {
      actor = await authenticate(services, bearerToken(req.headers.authorization));
    } catch (error) {
      req.resume();
      json(res, 401, { error: { code: 'UNAUTHORIZED', message: (error as Error).message } });
      return;
    }
    await handleDocumentsRequest(req, res, services, actor);
  }
  server.keepAliveTimeout = 65_000;
  // Slow clients: headers, the whole request, and any silence inside a body are bounded.
  server.headersTimeout = config.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  capConnectionsPerAddress(server, config.HTTP_MAX_CONNECTIONS_PER_ADDRESS, trustedProxies);

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').split('?')[0] !== '/realtime') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  // Registered before tRPC's own connection listener, so every socket is guarded before tRPC
  // attaches its message handler.
  const guards = new WeakMap<object, SocketGuard>();
  const socketsByAddress = new Map<string, number>();
  wss.on('connection', (ws, req: IncomingMessage) => {
    metrics.openSockets.inc();
    ws.once('close', () => metrics.openSockets.dec());
    const guard = new SocketGuard(ws, {
      messagesPerSecond: config.WS_MESSAGES_PER_SECOND,
      subscriptions: config.WS_MAX_SUBSCRIPTIONS,
    });
    guards.set(guardSocket(ws, guard), guard);
    const address = clientIp(req, trustedProxies) ?? 'unknown';
    const open = (socketsByAddress.get(address) ?? 0) + 1;
    socketsByAddress.set(address, open);
    ws.once('close', () => {
      const left = (socketsByAddress.get(address) ?? 1) - 1;
      if (left > 0) socketsByAddress.set(address, left);
      else socketsByAddress.delete(address);
    });
    if (open > config.WS_MAX_PER_ADDRESS) closeSocket(ws, 'tooManySocketsPerAddress');
  });
  const sockets = new SocketRegistry();
  const stopRevocations = await sockets.closeOnRevocation(bus, (count, event) =>
    logger.info({ ...event, count }, 'closed sockets of a revoked session'),
  );
  const wsHandler = applyWSSHandler({
    wss,
    router: appRouter,
    keepAlive: { enabled: true, pingMs: 30_000, pongWaitMs: 5_000 },
    createContext: async ({ req, res, info }) => {
      const token = info.connectionParams?.token;
      const actor = await authenticate(
        services,
        typeof token === 'string' ? bearerToken(token) : null,
      );
      if (actor) {
        // tRPC's adapter types the socket through its own `ws` import, which lint cannot follow.
        const socket = res as unknown as WebSocket;
        if (sockets.count(actor.userId) >= config.WS_MAX_PER_USER) {
          closeSocket(socket, 'tooManySocketsPerUser');
          throw new TRPCError({
            code: 'TOO_MANY_REQUESTS',
            message: 'Too many sockets for this user',
          });
        }
        sockets.add(socket, actor);
        // The token was checked once, here: the socket serves until the token expires.
        const expiresAt = typeof token === 'string' ? tokenExpiry(token) : undefined;
        if (expiresAt !== undefined) guards.get(socket)?.expireAt(expiresAt);
      }
      return createContext({ services, actor, client: clientOf(req), requestId: requestIdOf(req) });
    },
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        logger.error({ err: error, path }, 'ws procedure failed');
    },
  });

  const stopHeartbeat = startHeartbeat(bus, instance, config.HEARTBEAT_MS, logger);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info(
    { port, db: database.kind, bus: bus.kind, geocoder: services.geocoder.kind, instance },
    'api server listening',
  );
  const reconciliation = startReconciliation(reconciler, config.STRIPE_RECONCILE_MS, logger);
  await reconciliation.first;
  // Paid on the sandbox's page, confirmed by its webhook to this server: after listening.
  const demoOrders = createDemoOrders(services, payments.sandbox, logger).catch(
    (error: unknown) => {
      logger.warn({ err: error }, 'could not make the demo orders');
      return null;
    },
  );
  const orderTimers = startLoop(
    'order timers',
    async () => {
      const result = await sweepOrders(services);
      if (result.rejected || result.cancelled || result.refunds || result.reversals) {
        logger.info({ ...result }, 'order timers acted');
      }
    },
    config.ORDER_TIMERS_MS,
    logger,
  );
  // Every instance tries; the one holding the advisory lock runs the round.
  const leadership = createLeadership(config.DATABASE_URL);
  const dispatchSettings = {
    ...DEFAULT_DISPATCH_SETTINGS,
    offerTtlSeconds: config.OFFER_TTL_SECONDS,
    roundIntervalSeconds: config.DISPATCH_ROUND_MS / 1000,
  };
  const dispatchRounds = startLoop(
    'dispatch round',
    async () => {
      if (!(await leadership.isLeader())) return;
      // Logged to dispatch_rounds, where every instance's admin operations page reads it.
      const result = await runLoggedRound(services, { settings: dispatchSettings });
      if (result.offers || result.expired) logger.info({ ...result }, 'dispatch round');
    },
    config.DISPATCH_ROUND_MS,
    logger,
  );

  const driverSweep = startLoop(
    'silent drivers',
    async () => {
      const { takenOffline } = await sweepSilentDrivers(services);
      if (takenOffline.length) logger.info({ count: takenOffline.length }, 'drivers taken offline');
    },
    config.DRIVER_SWEEP_MS,
    logger,
  );

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopHeartbeat();
      await demoOrders;
      await orderTimers.stop();
      await dispatchRounds.stop();
      await leadership.release();
      await driverSweep.stop();
      await reconciliation.stop();
      await stopRevocations();
      wsHandler.broadcastReconnectNotification();
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forceTimer = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
      forceTimer.unref();
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await httpClosed;
      clearTimeout(forceTimer);
      // No ping arrives any more: what is buffered goes to the database before it closes.
      await services.trail.close();
      await services.geoIndex.close();
      await outbox.stop();
      await payments.close();
      await bus.close();
      redis?.disconnect();
      await database.close();
      logger.info('api server stopped');
    })());

  return { port, url: `http://127.0.0.1:${port}`, database, bus, demoOrders, close };
}

/** `exp` of an access token that `authenticate` has already verified, in ms. */
function tokenExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(
      Buffer.from(token.replace(/^Bearer\s+/i, '').split('.')[1] ?? '', 'base64url').toString(),
    ) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Bounds a request body: silence longer than `idleMs` while it is still arriving drops the
 * connection; a response sent before the body was read (a 413, a 401) closes the connection
 * instead of reading the rest.
 */
function guardBody(req: IncomingMessage, res: ServerResponse, idleMs: number) {
  const hasBody =
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0;
  if (!hasBody) return;
  req.setTimeout(idleMs, () => req.socket.destroy());
  const done = () => req.setTimeout(0);
  req.once('end', done);
  res.once('close', done);
  res.once('finish', () => {
    if (req.complete) return;
    // Stop reading, let the answer reach the client, then drop the connection.
    req.socket.pause();
    req.socket.end();
    setTimeout(() => req.socket.destroy(), 1000).unref();
  });
}

/** Refuses a client address's connections past `max` (trusted proxies carry many users). */
function capConnectionsPerAddress(
  server: ReturnType<typeof createServer>,
  max: number,
  exempt: ReadonlySet<string>,
) {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    if (exempt.has(address)) return;
    const count = (open.get(address) ?? 0) + 1;
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
    if (count > max) {
      const body = JSON.stringify({ error: 'too many connections from this address' });
      socket.end(
        `HTTP/1.1 429 Too Many Requests\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
      );
      setTimeout(() => socket.destroy(), 1000).unref();
    }
  });
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  // Accept a caller's id only when it looks like one, so logs cannot be forged with newlines.
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}

function knownRoute(route: string): string {
  return ['/trpc', '/healthz', '/metrics', DOCUMENTS_PATH, STRIPE_WEBHOOK_PATH].includes(route)
    ? route
    : 'other';
}

function applyCors(config: Config, req: IncomingMessage, res: ServerResponse) {
  const origin = req.headers.origin;
  if (!origin) return;
  const allowed = config.CORS_ORIGINS;
  if (allowed.includes('*') || allowed.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
}

async function healthz(database: DatabaseHandle, bus: EventBus) {
  const check = async (fn: () => Promise<void>) => {
    try {
      await fn();
      return 'ok';
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  const [db, busStatus] = await Promise.all([
    check(() => database.ping()),
    check(() => bus.ping()),
  ]);
  const ok = db === 'ok' && busStatus === 'ok';
  return {
    status: ok ? 200 : 503,
    body: {
      status: ok ? 'ok' : 'degraded',
      db: { kind: database.kind, status: db },
      bus: { kind: bus.kind, status: busStatus },
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
