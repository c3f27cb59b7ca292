import type { RawData, WebSocket } from 'ws';

/** Application close codes of /realtime (documented in docs/security.md). */
export const CLOSE_CODES = {
  /** The session behind this socket was revoked (sign out, suspension, password change). */
  sessionRevoked: 4401,
  /** The access token the socket was opened with expired: reconnect with a fresh one. */
  tokenExpired: 4419,
  /** More messages per second than `WS_MESSAGES_PER_SECOND`. */
  tooManyMessages: 4429,
  /** More open sockets from this client address than `WS_MAX_PER_ADDRESS`. */
  tooManySocketsPerAddress: 4430,
  /** More open sockets on this user's tokens than `WS_MAX_PER_USER`. */
  tooManySocketsPerUser: 4431,
  /** More active subscriptions on this socket than `WS_MAX_SUBSCRIPTIONS`. */
  tooManySubscriptions: 4432,
} as const;

export interface SocketLimits {
  messagesPerSecond: number;
  subscriptions: number;
}

/**
 * Stands between one socket and tRPC's message handler: counts messages per second (each call
 * of a batched frame counts), tracks the socket's active subscriptions, and refuses anything
 * once the socket's access token has expired. A refused message never reaches tRPC; the
 * socket is closed with the matching code.
 */
export class SocketGuard {
  readonly #ws: WebSocket;
  readonly #limits: SocketLimits;
  readonly #subscriptions = new Set<string | number>();
  #windowStart = 0;
  #inWindow = 0;
  #expiresAt = Infinity;
  #expiryTimer: NodeJS.Timeout | undefined;
  #last: { data: RawData; admitted: boolean } | undefined;

  constructor(ws: WebSocket, limits: SocketLimits) {
    this.#ws = ws;
    this.#limits = limits;
    ws.once('close', () => clearTimeout(this.#expiryTimer));
  }

  /** The socket's access token expires at `at` (ms since the epoch): close it then. */
  expireAt(at: number): void {
    this.#expiresAt = at;
    clearTimeout(this.#expiryTimer);
    // setTimeout holds at most ~24.8 days; tokens live minutes.
    const delay = Math.min(Math.max(at - Date.now(), 0), 2 ** 31 - 1);
    this.#expiryTimer = setTimeout(() => this.#refuse('tokenExpired'), delay);
    this.#expiryTimer.unref();
  }

  /** Whether tRPC may see this frame. Idempotent per frame (several listeners ask). */
  admit(data: RawData, isBinary: boolean): boolean {
    if (this.#last?.data === data) return this.#last.admitted;
    const admitted = this.#check(data, isBinary);
    this.#last = { data, admitted };
    return admitted;
  }

  /** Sees what the server sends, so finished subscriptions stop counting. */
  sent(data: unknown): void {
    if (typeof data !== 'string' || this.#subscriptions.size === 0) return;
    if (!data.includes('"stopped"') && !data.includes('"error"')) return;
    try {
      const message = JSON.parse(data) as {
        id?: string | number;
        error?: unknown;
        result?: { type?: string };
      };
      if (message.id !== undefined && (message.error || message.result?.type === 'stopped'))
        this.#subscriptions.delete(message.id);
    } catch {
      // Not JSON-RPC (PING/PONG): nothing to track.
    }
  }

  #check(data: RawData, isBinary: boolean): boolean {
    if (this.#ws.readyState !== this.#ws.OPEN) return false;
    if (Date.now() >= this.#expiresAt) return this.#refuse('tokenExpired');
    const text = isBinary ? '' : rawText(data);
    if (text === 'PING' || text === 'PONG') return true;
    let messages: unknown[];
    try {
      const parsed: unknown = JSON.parse(text);
      messages = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      messages = [undefined]; // tRPC answers the parse error; it still counts as a message
    }
    const now = Date.now();
    if (now - this.#windowStart >= 1000) {
      this.#windowStart = now;
      this.#inWindow = 0;
    }
    this.#inWindow += messages.length;
    if (this.#inWindow > this.#limits.messagesPerSecond) return this.#refuse('tooManyMessages');
    for (const message of messages) {
      if (typeof message !== 'object' || message === null) continue;
      const { id, method } = message as { id?: unknown; method?: unknown };
      if (typeof id !== 'string' && typeof id !== 'number') continue;
      if (method === 'subscription') this.#subscriptions.add(id);
      else if (method === 'subscription.stop') this.#subscriptions.delete(id);
    }
    if (this.#subscriptions.size > this.#limits.subscriptions)
      return this.#refuse('tooManySubscriptions');
    return true;
  }

  #refuse(reason: keyof typeof CLOSE_CODES): false {
    if (this.#ws.readyState === this.#ws.OPEN || this.#ws.readyState === this.#ws.CONNECTING)
      this.#ws.close(CLOSE_CODES[reason], REASONS[reason]);
    return false;
  }
}

const REASONS: Record<keyof typeof CLOSE_CODES, string> = {
  sessionRevoked: 'session revoked',
  tokenExpired: 'access token expired',
  tooManyMessages: 'too many messages per second',
  tooManySocketsPerAddress: 'too many sockets from this address',
  tooManySocketsPerUser: 'too many sockets for this user',
  tooManySubscriptions: 'too many subscriptions on this socket',
};

export function closeSocket(ws: WebSocket, reason: keyof typeof CLOSE_CODES): void {
  ws.close(CLOSE_CODES[reason], REASONS[reason]);
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

/**
 * Routes every `message` listener added to `ws` (tRPC's handler, its keep-alive) through the
 * guard, and lets the guard see outgoing frames. Returns the same socket.
 */
export function guardSocket(ws: WebSocket, guard: SocketGuard): WebSocket {
  const on = ws.on.bind(ws);
  const send = ws.send.bind(ws);
  ws.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event !== 'message') return on(event as 'close', listener);
    return on('message', (data: RawData, isBinary: boolean) => {
      if (guard.admit(data, isBinary)) listener(data, isBinary);
    });
  }) as WebSocket['on'];
  ws.send = ((data: unknown, ...rest: unknown[]) => {
    guard.sent(data);
    return (send as (...args: unknown[]) => void)(data, ...rest);
  }) as WebSocket['send'];
  return ws;
}
