import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppRouter } from '@homechef/api';
import { createTRPCClient } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerLinks } from './links.ts';

/** A stand-in API that answers every query with the token it was sent. */
let url: string;
const api = createServer((req: IncomingMessage, res) => {
  const token = req.headers.authorization ?? 'none';
  const calls = (req.url ?? '').includes('batch=1') ? 2 : 1;
  const one = { result: { data: superjson.serialize(token) } };
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(calls === 1 ? one : [one, one]));
});
beforeAll(async () => {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(api.address() as AddressInfo).port}/trpc`;
});
afterAll(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
});

describe('the server-side client', () => {
  it('sends each request’s own token, even for calls made in the same tick', async () => {
    // One client per process, as the apps' server components share it across requests.
    const request = new AsyncLocalStorage<string>();
    const client = createTRPCClient<AppRouter>({
      links: createServerLinks({ httpUrl: () => url, getAccessToken: () => request.getStore() }),
    });
    const call = () => client.auth.me.query() as Promise<unknown>;
    const [alice, bob] = await Promise.all([
      request.run('alice-token', call),
      request.run('bob-token', call),
    ]);
    expect(alice).toBe('Bearer alice-token');
    expect(bob).toBe('Bearer bob-token');
  });
});
