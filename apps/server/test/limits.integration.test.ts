/** Abuse limits of the HTTP and WebSocket endpoints, against a real server. */
import { connect } from 'node:net';
import { users } from '@homechef/db';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_CODES } from '../src/socket-guard.ts';
import { httpClient, metricsAuth, startTestServer, type TestServer } from './helpers.ts';

describe('batch size on /trpc', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.close();
  });

  const register = (n: number) =>
    fetch(
      `${t.server.url}/trpc/${Array.from({ length: n }, () => 'auth.register').join(',')}?batch=1`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          Object.fromEntries(
            Array.from({ length: n }, (_, i) => [
              i,
              {
                json: {
                  email: `batch-${n}-${i}@example.test`,
                  password: 'long enough pw',
                  name: 'Batch',
                  role: 'customer',
                },
              },
            ]),
          ),
        ),
      },
    );

  it('refuses a batch of 21 calls whole with a 400 and a JSON error, running none of them', async () => {
    const res = await register(21);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const error = (await res.json()) as {
      error: { json: { message: string; data: { code: string } } };
    };
    expect(error.error.json.message).toBe('Batch call exceeds maximum size');
    expect(error.error.json.data.code).toBe('BAD_REQUEST');
    expect(await t.db.select().from(users).where(like(users.email, 'batch-21-%'))).toEqual([]);

    const get = await fetch(
      `${t.server.url}/trpc/${Array.from({ length: 21 }, () => 'health.ping').join(',')}?batch=1&input={}`,
    );
    expect(get.status).toBe(400);
  });

  it('runs a batch of 20', async () => {
    const res = await register(20);
    expect(res.status).toBe(200);
    expect(await t.db.select().from(users).where(like(users.email, 'batch-20-%'))).toHaveLength(20);
  });
});

const wsUrl = (t: TestServer, params = true) =>
  `${t.server.url.replace('http', 'ws')}/realtime${params ? '?connectionParams=1' : ''}`;

/** A raw socket that records its close code and every message it receives. */
async function openSocket(url: string) {
  const socket = new WebSocket(url);
  const messages: string[] = [];
  socket.on('message', (m: Buffer) => messages.push(m.toString()));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages, closed };
}

/** Authenticates the socket and waits for one heartbeat, so it is live on the server. */
async function authenticate(s: Awaited<ReturnType<typeof openSocket>>, token: string) {
  s.socket.send(JSON.stringify({ method: 'connectionParams', data: { token } }));
  s.socket.send(JSON.stringify(subscribe(1)));
  await until(() => s.messages.some((m) => m.includes('"seq"')));
}

const subscribe = (id: number) => ({
  id,
  method: 'subscription',
  params: { path: 'health.onHeartbeat', input: { json: null } },
});

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function closeAll(sockets: { socket: WebSocket; closed: Promise<number> }[]) {
  for (const s of sockets) s.socket.close();
  await Promise.all(sockets.map((s) => s.closed));
}

describe('WebSocket limits on /realtime', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      WS_MAX_PER_ADDRESS: '4',
      WS_MAX_PER_USER: '2',
      WS_MAX_SUBSCRIPTIONS: '3',
      WS_MESSAGES_PER_SECOND: '10',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const newUser = async (name: string) =>
    httpClient(t.server.url).auth.register.mutate({
      email: `${name}-${Math.random().toString(36).slice(2, 8)}@example.test`,
      password: 'long enough pw',
      name: 'Socket User',
      role: 'customer',
    });

  it(`closes a client address's socket past WS_MAX_PER_ADDRESS with ${CLOSE_CODES.tooManySocketsPerAddress}`, async () => {
    const open: Awaited<ReturnType<typeof openSocket>>[] = [];
    for (let i = 0; i < 4; i++) open.push(await openSocket(wsUrl(t, false)));
    const fifth = await openSocket(wsUrl(t, false));
    expect(await fifth.closed).toBe(CLOSE_CODES.tooManySocketsPerAddress);
    // The four within the limit still serve.
    open[0]!.socket.send(JSON.stringify(subscribe(7)));
    await until(() => open[0]!.messages.some((m) => m.includes('"seq"')));
    await closeAll(open);
    // Closing frees the budget.
    const again = await openSocket(wsUrl(t, false));
    await closeAll([again]);
  });

  it(`closes a user's socket past WS_MAX_PER_USER with ${CLOSE_CODES.tooManySocketsPerUser}`, async () => {
    const { accessToken } = await newUser('per-user');
    const live = [await openSocket(wsUrl(t)), await openSocket(wsUrl(t))];
    for (const s of live) await authenticate(s, accessToken);
    const third = await openSocket(wsUrl(t));
    third.socket.send(JSON.stringify({ method: 'connectionParams', data: { token: accessToken } }));
    third.socket.send(JSON.stringify(subscribe(1)));
    expect(await third.closed).toBe(CLOSE_CODES.tooManySocketsPerUser);
    expect(third.messages.join('\n')).not.toContain('"seq"');
    await closeAll(live);
  });

  it(`closes a socket past WS_MAX_SUBSCRIPTIONS with ${CLOSE_CODES.tooManySubscriptions}, even in one frame`, async () => {
    const ok = await openSocket(wsUrl(t, false));
    ok.socket.send(JSON.stringify([subscribe(1), subscribe(2), subscribe(3)]));
    await until(() => [1, 2, 3].every((id) => ok.messages.some((m) => m.includes(`"id":${id},`))));
    // A stopped subscription no longer counts.
    ok.socket.send(JSON.stringify({ id: 1, method: 'subscription.stop' }));
    ok.socket.send(JSON.stringify(subscribe(4)));
    await until(() => ok.messages.some((m) => m.includes('"id":4,')));
    await closeAll([ok]);

    const flood = await openSocket(wsUrl(t, false));
    flood.socket.send(JSON.stringify([1, 2, 3, 4].map(subscribe)));
    expect(await flood.closed).toBe(CLOSE_CODES.tooManySubscriptions);
    expect(flood.messages).toEqual([]);
  });

  it(`closes a socket that sends more than WS_MESSAGES_PER_SECOND with ${CLOSE_CODES.tooManyMessages}`, async () => {
    const s = await openSocket(wsUrl(t, false));
    const ping = (id: number) =>
      JSON.stringify({
        id,
        method: 'query',
        params: { path: 'health.ping', input: { json: null } },
      });
    for (let id = 1; id <= 11; id++) s.socket.send(ping(id));
    expect(await s.closed).toBe(CLOSE_CODES.tooManyMessages);
    expect(s.messages.some((m) => m.includes('"id":11,'))).toBe(false);
  });
});

describe('WebSocket token expiry', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ ACCESS_TOKEN_TTL: '5' });
  });
  afterAll(async () => {
    await t.close();
  });

  it(`closes a socket when its access token expires (${CLOSE_CODES.tokenExpired}), so it can run nothing more`, async () => {
    const session = await httpClient(t.server.url).auth.register.mutate({
      email: 'expiring@example.test',
      password: 'long enough pw',
      name: 'Expiring',
      role: 'customer',
    });
    const s = await openSocket(wsUrl(t));
    await authenticate(s, session.accessToken);
    s.socket.send(
      JSON.stringify({
        id: 2,
        method: 'query',
        params: { path: 'auth.me', input: { json: null } },
      }),
    );
    await until(() => s.messages.some((m) => m.includes('"id":2,') && m.includes('"result"')));
    const code = await s.closed;
    expect(code).toBe(CLOSE_CODES.tokenExpired);
    // At the token's `exp` (whole seconds, so up to a second before the precise time).
    const late = Date.now() - session.accessTokenExpiresAt.getTime();
    expect(late).toBeGreaterThan(-1000);
    expect(late).toBeLessThan(3000);
  }, 20_000);
});

/** A raw TCP client: what it receives, and when the server closed the connection. */
function rawConnection(port: number) {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  socket.on('error', () => {}); // a reset is one of the expected endings
  const started = Date.now();
  const closed = new Promise<number>((resolve) =>
    socket.once('close', () => resolve(Date.now() - started)),
  );
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, closed, connected, received: () => received };
}

describe('slow and oversized requests', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      // No trusted peers: the test's loopback connections count like any client's.
      TRUSTED_PROXIES: '',
      HTTP_HEADERS_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '3000',
      HTTP_BODY_IDLE_TIMEOUT_MS: '500',
      HTTP_MAX_CONNECTIONS_PER_ADDRESS: '3',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (length: number | 'chunked') =>
    `POST /trpc/auth.login HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n${
      length === 'chunked' ? 'transfer-encoding: chunked' : `content-length: ${length}`
    }\r\n\r\n`;

  it('drops a body that declares 1000 bytes and sends 10 within the body idle timeout', async () => {
    const c = rawConnection(t.server.port);
    await c.connected;
    c.socket.write(post(1000) + '{"json":{}');
    const ms = await c.closed;
    expect(ms).toBeGreaterThanOrEqual(400);
    expect(ms).toBeLessThan(2500);
  });

  it('drops a body that trickles a byte at a time at the request timeout', async () => {
    const c = rawConnection(t.server.port);
    await c.connected;
    c.socket.write(post(1000));
    const trickle = setInterval(() => c.socket.write('x'), 200);
    const ms = await c.closed;
    clearInterval(trickle);
    expect(ms).toBeGreaterThanOrEqual(2500);
    expect(ms).toBeLessThan(6000);
  });

  it('drops a client that never finishes its headers at the headers timeout', async () => {
    const c = rawConnection(t.server.port);
    await c.connected;
    c.socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\n');
    const ms = await c.closed;
    expect(ms).toBeLessThan(3500);
  });

  it('answers 413 to a declared 50 MB body and closes the connection instead of reading it', async () => {
    const c = rawConnection(t.server.port);
    await c.connected;
    c.socket.write(post(50 * 1024 * 1024));
    c.socket.write(Buffer.alloc(64 * 1024, 'a'));
    const ms = await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(ms).toBeLessThan(3000);
  });

  it('answers 413 to an undeclared (chunked) body past 1 MiB and closes the connection', async () => {
    const c = rawConnection(t.server.port);
    await c.connected;
    c.socket.write(post('chunked'));
    const chunk = Buffer.alloc(256 * 1024, 'a');
    for (let i = 0; i < 5; i++)
      c.socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`);
    // …and then keeps the connection open, as if 48 MB more were coming.
    const ms = await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(ms).toBeLessThan(3000);
  });

  it('refuses the connection past HTTP_MAX_CONNECTIONS_PER_ADDRESS with a 429', async () => {
    const open = [
      rawConnection(t.server.port),
      rawConnection(t.server.port),
      rawConnection(t.server.port),
    ];
    await Promise.all(open.map((c) => c.connected));
    const fourth = rawConnection(t.server.port);
    await fourth.closed;
    expect(fourth.received()).toMatch(/^HTTP\/1\.1 429 /);
    // The three within the cap are served.
    open[0]!.socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');
    await open[0]!.closed;
    expect(open[0]!.received()).toMatch(/^HTTP\/1\.1 200 /);
    for (const c of open.slice(1)) c.socket.destroy();
    await Promise.all(open.map((c) => c.closed));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await fetch(`${t.server.url}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('headers and metrics', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps Vary: Origin on /trpc responses beside tRPC’s own Vary', async () => {
    for (const init of [{ headers: { origin: 'http://localhost:3000' } }, {}]) {
      const res = await fetch(`${t.server.url}/trpc/health.ping`, init);
      const vary = (res.headers.get('vary') ?? '').toLowerCase().split(/,\s*/);
      expect(vary).toEqual(expect.arrayContaining(['origin', 'trpc-accept']));
    }
  });

  it('serves /metrics only with the METRICS_TOKEN bearer token', async () => {
    expect((await fetch(`${t.server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${t.server.url}/metrics`, {
      headers: { authorization: `Bearer ${'x'.repeat(40)}` },
    });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${t.server.url}/metrics`, { headers: metricsAuth });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# TYPE http_requests_total counter');
  });

  it('does not serve /metrics at all without METRICS_TOKEN', async () => {
    const bare = await startTestServer({ METRICS_TOKEN: '' });
    try {
      expect((await fetch(`${bare.server.url}/metrics`, { headers: metricsAuth })).status).toBe(
        404,
      );
    } finally {
      await bare.close();
    }
  });
});
