import { hashPassword } from '@homechef/auth';
import { users } from '@homechef/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { httpClient, startTestServer, wsClient, type TestServer } from './helpers.ts';
import { CLOSE_SESSION_REVOKED } from '../src/sockets.ts';
import { publishSessionRevoked, revokeAllSessions } from '@homechef/api';

let t: TestServer;
const password = 'a fine password';
let passwordHash: string;

beforeAll(async () => {
  t = await startTestServer();
  passwordHash = await hashPassword(password);
});
afterAll(async () => {
  await t.close();
});

async function newUser(role: 'customer' | 'chef' = 'customer') {
  const email = `u-${Math.random().toString(36).slice(2)}@example.test`;
  await t.db.insert(users).values({ email, name: 'U', role, passwordHash });
  const session = await httpClient(t.server.url).auth.login.mutate({ email, password });
  return { email, ...session };
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('HTTP authentication', () => {
  it('serves auth.me to the bearer of an access token and refuses anonymous callers', async () => {
    const user = await newUser();
    expect((await httpClient(t.server.url, user.accessToken).auth.me.query()).email).toBe(
      user.email,
    );
    const anonymous = await fetch(`${t.server.url}/trpc/auth.me`);
    expect(anonymous.status).toBe(401);
  });

  it('answers a forged or malformed token with 401 and a clear message, even on public procedures', async () => {
    for (const header of [
      'Bearer not.a.token',
      'Bearer eyJhbGciOiJub25lIn0.e30.',
      'Basic dXNlcjpwYXNz',
    ]) {
      const res = await fetch(`${t.server.url}/trpc/health.ping`, {
        headers: { authorization: header },
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { json: { message: string } } };
      expect(body.error.json.message).toBe('Invalid access token');
    }
  });

  it('answers malformed and wrongly typed bodies with 400, never 500, and writes nothing', async () => {
    const before = (await t.db.select().from(users)).length;
    const cases = [
      post('auth.register', '{not json'),
      post(
        'auth.register',
        JSON.stringify({ json: { email: 42, password: ['x'], name: null, role: 'customer' } }),
      ),
      post('auth.register', JSON.stringify({ json: 'just a string' })),
      post('auth.login', JSON.stringify({ json: { email: 'x'.repeat(10_000), password: 'y' } })),
      post('auth.refresh', JSON.stringify({ json: { refreshToken: { $ne: null } } })),
    ];
    for (const res of await Promise.all(cases)) {
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/stack|at \w+ \(|select |insert /i);
    }
    expect((await t.db.select().from(users)).length).toBe(before);
  });

  it('sends Retry-After with TOO_MANY_REQUESTS once an address is over the sign-in limit', async () => {
    // Its own server with a low limit, so the other tests keep their budget.
    const strict = await startTestServer({ AUTH_ATTEMPTS_PER_IP: '5', TRUSTED_PROXIES: '' });
    try {
      const attempt = () =>
        fetch(`${strict.server.url}/trpc/auth.login`, {
          method: 'POST',
          // Ignored: no proxy is trusted, so a client cannot pick its own address.
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 200)}`,
          },
          body: JSON.stringify({ json: { email: 'nobody@example.test', password: 'x' } }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await attempt()).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await limited.json()) as {
        error: { json: { data: { retryAfterSeconds: number; code: string } } };
      };
      expect(body.error.json.data.code).toBe('TOO_MANY_REQUESTS');
      expect(body.error.json.data.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });
});

describe('sign-in limits behind the apps', () => {
  it('counts each forwarded user separately when the apps call from loopback', async () => {
    const server = await startTestServer({ AUTH_ATTEMPTS_PER_IP: '2' });
    try {
      const attempt = (user: string) =>
        fetch(`${server.server.url}/trpc/auth.login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': user },
          body: JSON.stringify({ json: { email: 'nobody@example.test', password: 'x' } }),
        }).then((r) => r.status);
      expect([
        await attempt('203.0.113.1'),
        await attempt('203.0.113.1'),
        await attempt('203.0.113.1'),
      ]).toEqual([401, 401, 429]);
      expect(await attempt('203.0.113.2')).toBe(401);
    } finally {
      await server.close();
    }
  });
});

describe('WebSocket authentication', () => {
  it('runs protected calls for a token in connectionParams and refuses them without one', async () => {
    const user = await newUser();
    const signedIn = wsClient(t.server.url, user.accessToken);
    const anonymous = wsClient(t.server.url);
    try {
      expect((await signedIn.client.auth.me.query()).email).toBe(user.email);
      await expect(anonymous.client.auth.me.query()).rejects.toMatchObject({
        data: { code: 'UNAUTHORIZED' },
      });
    } finally {
      await Promise.all([signedIn.ws.close(), anonymous.ws.close()]);
    }
  });

  it('refuses a connection whose token is invalid', async () => {
    const socket = new WebSocket(
      `${t.server.url.replace('http', 'ws')}/realtime?connectionParams=1`,
    );
    await new Promise((resolve) => socket.once('open', resolve));
    const messages: string[] = [];
    socket.on('message', (m: Buffer) => messages.push(m.toString()));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.send(
      JSON.stringify({ method: 'connectionParams', data: { token: 'forged.token.here' } }),
    );
    await closed;
    expect(messages.join('\n')).toContain('Invalid access token');
  });

  it('closes a suspended user’s open socket within seconds', async () => {
    const user = await newUser('chef');
    const url = `${t.server.url.replace('http', 'ws')}/realtime?connectionParams=1`;
    const socket = new WebSocket(url);
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ method: 'connectionParams', data: { token: user.accessToken } }));
    socket.send(
      JSON.stringify({
        id: 1,
        method: 'subscription',
        params: { path: 'health.onHeartbeat', input: { json: null } },
      }),
    );
    // Wait until the subscription delivers, so the connection is authenticated and live.
    await new Promise<void>((resolve) => {
      const onMessage = (m: Buffer) => {
        if (m.toString().includes('"seq"')) {
          socket.off('message', onMessage);
          resolve();
        }
      };
      socket.on('message', onMessage);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const started = Date.now();
    const [row] = await t.db.select().from(users).where(eq(users.email, user.email));
    await t.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ status: 'suspended', suspendedReason: 'test' })
        .where(eq(users.id, row!.id));
      await revokeAllSessions(tx, row!.id);
    });
    await publishSessionRevoked(t.server.bus, { userId: row!.id });
    expect(await closed).toBe(CLOSE_SESSION_REVOKED);
    expect(Date.now() - started).toBeLessThan(3000);
    // And it cannot come back.
    await expect(httpClient(t.server.url, user.accessToken).auth.me.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED' },
    });
  });

  it('closes only the signed-out session’s sockets on logout', async () => {
    const user = await newUser();
    const other = await httpClient(t.server.url).auth.login.mutate({ email: user.email, password });
    const a = new WebSocket(`${t.server.url.replace('http', 'ws')}/realtime?connectionParams=1`);
    const b = new WebSocket(`${t.server.url.replace('http', 'ws')}/realtime?connectionParams=1`);
    await Promise.all([a, b].map((s) => new Promise((resolve) => s.once('open', resolve))));
    const ready = (s: WebSocket, token: string) =>
      new Promise<void>((resolve) => {
        s.send(JSON.stringify({ method: 'connectionParams', data: { token } }));
        s.send(
          JSON.stringify({
            id: 1,
            method: 'query',
            params: { path: 'auth.me', input: { json: null } },
          }),
        );
        s.once('message', () => resolve());
      });
    await Promise.all([ready(a, user.accessToken), ready(b, other.accessToken)]);
    const aClosed = new Promise<number>((resolve) => a.once('close', (code) => resolve(code)));
    await httpClient(t.server.url).auth.logout.mutate({ refreshToken: user.refreshToken });
    expect(await aClosed).toBe(CLOSE_SESSION_REVOKED);
    await new Promise((r) => setTimeout(r, 200));
    expect(b.readyState).toBe(WebSocket.OPEN);
    b.close();
  });
});
