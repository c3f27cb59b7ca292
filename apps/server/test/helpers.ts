import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTRPCClient, createWSClient, httpBatchLink, wsLink } from '@trpc/client';
import type { AppRouter } from '@homechef/api';
import { createTestDatabase, type TestDatabase } from '@homechef/db/testing';
import { TEST_REDIS_URL, testServices } from '@homechef/realtime/testing';
import superjson from 'superjson';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer, type RunningServer } from '../src/server.ts';

/** The bearer token test servers require on GET /metrics. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789abcdef';
export const metricsAuth = { authorization: `Bearer ${TEST_METRICS_TOKEN}` };

export interface TestServer {
  server: RunningServer;
  /** The server's own database: a fresh PostgreSQL database, or its embedded PGlite. */
  db: RunningServer['database']['db'];
  close(): Promise<void>;
}

/** An API server on a free port over a fresh database and the real Redis (or the embedded defaults). */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const real = testServices() === 'real';
  const database: TestDatabase | undefined = real ? await createTestDatabase() : undefined;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    HEARTBEAT_MS: '100',
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    // Each test server's in-process Stripe sandbox on its own free port.
    STRIPE_SANDBOX_PORT: '0',
    // Rate-limit counters and channels of one test server never meet another's.
    REDIS_PREFIX: `test-${process.pid}-${Math.random().toString(36).slice(2, 10)}`,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'homechef-test-')),
    ...(database ? { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL } : {}),
    ...env,
  });
  const server = await startServer(config, createLogger(config.LOG_LEVEL));
  return {
    server,
    db: server.database.db,
    close: async () => {
      await server.close();
      await database?.close();
    },
  };
}

/** A port nobody listens on right now (for a server whose own address must be known early). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export function httpClient(url: string, token?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${url}/trpc`,
        transformer: superjson,
        headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
      }),
    ],
  });
}

export function wsClient(url: string, token?: string) {
  const ws = createWSClient({
    url: `${url.replace('http', 'ws')}/realtime`,
    connectionParams: token ? { token } : undefined,
    // Node 20 has no global WebSocket.
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    retryDelayMs: () => 100,
  });
  const client = createTRPCClient<AppRouter>({
    links: [wsLink({ client: ws, transformer: superjson })],
  });
  return { client, ws };
}
