import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import superjson from 'superjson';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthApi, toAuthFailure } from './api.ts';
import { refreshIfDue } from './refresh.ts';
import { renewAt, type SessionToken } from './session.ts';

/*
 * A stand-in for the API's auth procedures, speaking tRPC's HTTP wire format with superjson,
 * so the real client code runs against it.
 */
type Reply = { data: unknown } | { error: { code: string; status: number; message: string } };
let reply: (path: string, input: unknown) => Reply;
const calls: Array<{ path: string; input: unknown }> = [];
let server: Server;
let apiUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = (req.url ?? '').replace(/^\/trpc\//, '').split('?')[0] ?? '';
      const input = superjson.deserialize(
        JSON.parse(body) as Parameters<typeof superjson.deserialize>[0],
      );
      calls.push({ path, input });
      // Answer after a moment, so concurrent callers really overlap.
      setTimeout(() => {
        const answer = reply(path, input);
        if ('data' in answer) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ result: { data: superjson.serialize(answer.data) } }));
          return;
        }
        const { code, status, message } = answer.error;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: superjson.serialize({
              message,
              code: -32001,
              data: { code, httpStatus: status, zodError: null, retryAfterSeconds: null },
            }),
          }),
        );
      }, 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  calls.length = 0;
  let n = 0;
  reply = () => ({
    data: {
      accessToken: `access-${++n}`,
      refreshToken: `refresh-token-number-${n}-padding`,
      accessTokenExpiresAt: new Date(Date.now() + 900_000),
    },
  });
});

let serial = 0;
function token(overrides: Partial<SessionToken> = {}): SessionToken {
  const now = Date.now();
  return {
    sub: '00000000-0000-4000-8000-000000000001',
    app: 'customer',
    role: 'customer',
    name: 'Ada',
    email: 'ada@example.com',
    accessToken: 'access-0',
    // Unique per test: the once-per-token memory outlives a test.
    refreshToken: `refresh-token-under-test-${++serial}-${now}`,
    accessTokenIssuedAt: now - 900_000,
    accessTokenExpiresAt: now + 30_000,
    ...overrides,
  };
}

describe('renewAt', () => {
  it('renews a minute early for 15-minute tokens, a quarter early for short ones', () => {
    expect(renewAt({ accessTokenIssuedAt: 0, accessTokenExpiresAt: 900_000 })).toBe(840_000);
    expect(renewAt({ accessTokenIssuedAt: 0, accessTokenExpiresAt: 20_000 })).toBe(15_000);
  });
});

describe('refreshIfDue', () => {
  it('leaves a token that is not due alone', async () => {
    const fresh = token({
      accessTokenIssuedAt: Date.now(),
      accessTokenExpiresAt: Date.now() + 900_000,
    });
    expect(await refreshIfDue(fresh, apiUrl)).toBe(fresh);
    expect(calls).toHaveLength(0);
  });

  it('exchanges a due refresh token once, however many requests carry it', async () => {
    const due = token();
    const results = await Promise.all([1, 2, 3].map(() => refreshIfDue(due, apiUrl)));
    expect(calls).toEqual([{ path: 'auth.refresh', input: { refreshToken: due.refreshToken } }]);
    for (const result of results) {
      expect(result.accessToken).toBe('access-1');
      expect(result.refreshToken).toBe('refresh-token-number-1-padding');
      expect(result.error).toBeUndefined();
    }
    // A late request with the old cookie gets the same answer instead of a reuse alarm.
    expect((await refreshIfDue(due, apiUrl)).accessToken).toBe('access-1');
    expect(calls).toHaveLength(1);
  });

  it('renews a token that is not due when forced (the API refused it)', async () => {
    const fresh = token({
      accessTokenIssuedAt: Date.now(),
      accessTokenExpiresAt: Date.now() + 900_000,
    });
    expect((await refreshIfDue(fresh, apiUrl, { force: true })).accessToken).toBe('access-1');
  });

  it('marks the session failed when the API refuses the refresh token', async () => {
    reply = () => ({
      error: { code: 'UNAUTHORIZED', status: 401, message: 'Your session has ended.' },
    });
    const result = await refreshIfDue(token(), apiUrl);
    expect(result.error).toBe('RefreshFailed');
  });

  it('keeps the token when the API cannot be reached, and asks again next time', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const due = token();
    const unreachable = await refreshIfDue(due, 'http://127.0.0.1:1');
    expect(unreachable).toBe(due);
    expect((await refreshIfDue(due, apiUrl)).accessToken).toBe('access-1');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe('toAuthFailure', () => {
  async function failureOf(error: { code: string; status: number; message: string }) {
    reply = () => ({ error });
    return createAuthApi(apiUrl)
      .login({ email: 'a@example.com', password: 'x' })
      .then(
        () => null,
        (cause: unknown) => toAuthFailure(cause),
      );
  }

  it('maps the API’s refusals to what the form shows', async () => {
    expect(
      await failureOf({ code: 'UNAUTHORIZED', status: 401, message: 'Wrong email or password' }),
    ).toEqual({ kind: 'credentials', message: 'Wrong email or password' });
    expect(
      await failureOf({
        code: 'CONFLICT',
        status: 409,
        message: 'An account with this email already exists',
      }),
    ).toEqual({ kind: 'email-taken', message: 'An account with this email already exists' });
    expect(
      await failureOf({ code: 'FORBIDDEN', status: 403, message: 'This account is suspended' }),
    ).toEqual({ kind: 'suspended', message: 'This account is suspended' });
  });

  it('calls anything else, including an unreachable API, unavailable', async () => {
    expect(await failureOf({ code: 'INTERNAL_SERVER_ERROR', status: 500, message: 'x' })).toEqual({
      kind: 'unavailable',
    });
    const down = await createAuthApi('http://127.0.0.1:1')
      .login({ email: 'a@example.com', password: 'x' })
      .catch((cause: unknown) => toAuthFailure(cause));
    expect(down).toEqual({ kind: 'unavailable' });
  });
});
