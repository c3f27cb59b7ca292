import type { AppRouter } from '@homechef/api';
import {
  createWSClient,
  httpBatchLink,
  httpLink,
  splitLink,
  wsLink,
  type TRPCLink,
  type WebSocketClientOptions,
} from '@trpc/client';
import superjson from 'superjson';

/** Returns the current API access token, or null when signed out. */
export type GetAccessToken = () => string | null | undefined | Promise<string | null | undefined>;

export interface LinkOptions {
  /**
   * tRPC over HTTP, e.g. `http://localhost:9001/trpc`. A function is called on the first
   * request, so a server module can create its client before the environment is read.
   */
  httpUrl: string | (() => string);
  /**
   * tRPC over WebSocket, e.g. `ws://localhost:9001/realtime`. Leave it out where no
   * subscriptions run (server components, SSR): then no socket is ever opened.
   */
  wsUrl?: string | undefined;
  /** Asked before every HTTP batch and every socket (re)connect. */
  getAccessToken?: GetAccessToken | undefined;
  /** Extra HTTP headers (e.g. `x-trpc-source`) sent with every batch. */
  headers?: Record<string, string> | undefined;
  /**
   * Batch the calls made in one tick into one HTTP request (the default). Only for a client
   * of one user: a batch carries one token, read once for all its calls.
   */
  batch?: boolean | undefined;
  /**
   * The API refused the caller's token: an HTTP 401, or the server closed the socket because
   * the session was revoked (code 4401). The app should renew or end its session.
   */
  onUnauthorized?: (() => void) | undefined;
  /** Observe the socket (for a connection indicator). */
  onSocketOpen?: WebSocketClientOptions['onOpen'];
  onSocketClose?: WebSocketClientOptions['onClose'];
}

/** Close code the API uses when it ends a socket whose session was revoked. */
export const CLOSE_SESSION_REVOKED = 4401;
/** Close code this client uses to drop a socket that authenticated with an old token. */
const CLOSE_TOKEN_CHANGED = 4000;

/** Reconnect quickly at first, then back off to at most 10 s between attempts. */
function reconnectDelayMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 10_000);
}

export interface ApiLinks {
  links: TRPCLink<AppRouter>[];
  /**
   * Call whenever the access token may have changed (refresh, sign-in, sign-out). The server
   * reads the token only when a socket connects, so an open socket that authenticated with
   * another token is closed and reconnects at once with the current one; its subscriptions
   * resume from their last event id. Without a socket this does nothing.
   */
  accessTokenChanged(): Promise<void>;
}

/**
 * The one link chain every app uses: subscriptions over WebSocket, everything else over
 * batched HTTP. Both transports carry the access token when there is one. A call made with
 * `context: { overSocket: true }` goes over the socket too (the driver's position pings:
 * no request and response headers every few seconds).
 */
export function createApiLinks(opts: LinkOptions): ApiLinks {
  const { getAccessToken, onUnauthorized } = opts;
  const readToken = async () => (await getAccessToken?.()) ?? '';

  const httpOptions = {
    url: typeof opts.httpUrl === 'function' ? opts.httpUrl : () => opts.httpUrl as string,
    async headers() {
      const token = await getAccessToken?.();
      return { ...opts.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    },
    ...(onUnauthorized
      ? {
          async fetch(url: RequestInfo | URL, init?: RequestInit) {
            const response = await fetch(url, init);
            if (response.status === 401) onUnauthorized();
            return response;
          },
        }
      : {}),
  };
  const http = lazyLink(() => {
    const url = httpOptions.url();
    return opts.batch === false
      ? httpLink<AppRouter>({ ...httpOptions, url, transformer: superjson })
      : httpBatchLink<AppRouter>({
          ...httpOptions,
          url,
          transformer: superjson,
          maxItems: 20, // the API refuses larger batches (MAX_BATCH_SIZE)
        });
  });

  if (!opts.wsUrl) return { links: [http], accessTokenChanged: () => Promise.resolve() };

  /** The token the current socket authenticated with. */
  let socketToken: string | undefined;
  /** Set when we close the socket ourselves: reconnect without the usual back-off. */
  let reconnectNow = false;

  const wsClient = createWSClient({
    url: opts.wsUrl,
    // Only sent when auth is in play: the server reads `{ token }` from the first message.
    ...(getAccessToken
      ? {
          connectionParams: async () => {
            socketToken = await readToken();
            return { token: socketToken };
          },
        }
      : {}),
    // Open the socket on the first subscription, close it 30 s after the last one ends.
    lazy: { enabled: true, closeMs: 30_000 },
    // Mobile networks drop sockets silently; pings notice within ~20 s and reconnect.
    keepAlive: { enabled: true, intervalMs: 15_000, pongTimeoutMs: 5_000 },
    retryDelayMs: (attempt) => {
      if (!reconnectNow) return reconnectDelayMs(attempt);
      reconnectNow = false;
      return 0;
    },
    onOpen: opts.onSocketOpen,
    onClose: (cause) => {
      if (cause?.code === CLOSE_SESSION_REVOKED) onUnauthorized?.();
      opts.onSocketClose?.(cause);
    },
  });

  async function accessTokenChanged() {
    if (!getAccessToken) return;
    const connection = wsClient.connection;
    if (!connection || connection.state === 'closed' || socketToken === undefined) return;
    const token = await readToken();
    if (token === socketToken || wsClient.connection?.ws !== connection.ws) return;
    socketToken = undefined;
    reconnectNow = true;
    connection.ws.close(CLOSE_TOKEN_CHANGED, 'access token changed');
  }

  return {
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription' || op.context.overSocket === true,
        true: wsLink<AppRouter>({ client: wsClient, transformer: superjson }),
        false: http,
      }),
    ],
    accessTokenChanged,
  };
}

/**
 * The links of a server's client, which one process shares among all its requests: every
 * call is its own HTTP request, its token read in the context of the request that made it.
 * (A batch would gather calls of several users and send them all with one user's token.)
 */
export function createServerLinks(
  opts: Omit<LinkOptions, 'batch' | 'wsUrl'>,
): TRPCLink<AppRouter>[] {
  return createApiLinks({ ...opts, batch: false }).links;
}

/** Builds the wrapped link on first use, so its options may be read late. */
function lazyLink(create: () => TRPCLink<AppRouter>): TRPCLink<AppRouter> {
  let link: TRPCLink<AppRouter> | undefined;
  return (runtime) => {
    let operationLink: ReturnType<TRPCLink<AppRouter>> | undefined;
    return (op) => (operationLink ??= (link ??= create())(runtime))(op);
  };
}
