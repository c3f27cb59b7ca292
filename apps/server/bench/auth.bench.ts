// Sign-in throughput next to the raw Argon2id verification rate (the hash should be the
// bottleneck by design), and `auth.me` (token check + one indexed lookup) next to a bare
// `health.ping` through the same server, all measured in this run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, verifyPassword } from '@homechef/auth';
import { users } from '@homechef/db';
import { createLogger } from '../src/logger.ts';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import { measure, report, type Measurement } from '@homechef/bench';
import { load } from './load.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'never',
  DATA_DIR: process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'hc-bench-')),
  AUTH_ATTEMPTS_PER_IP: '100000000',
});
const api = await startServer(config, createLogger('silent'));

const email = `bench-${Date.now()}@example.test`;
const password = 'benchmark password';
const passwordHash = await hashPassword(password);
await api.database.db
  .insert(users)
  .values({ email, name: 'Bench', role: 'customer', passwordHash });

// Raw verification rate with as many verifications in flight as the sign-in load uses.
const concurrency = 4;
const rawVerifyRate = () =>
  measure(() => verifyPassword(passwordHash, password), { concurrency, seconds });

const json = (value: unknown) => JSON.stringify({ json: value });
const signIn = () =>
  load({
    url: `${api.url}/trpc/auth.login`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: json({ email, password }),
    concurrency,
    seconds,
  });

const hashRows: [string, Measurement][] = [
  ['raw Argon2id verify (in process)', await rawVerifyRate()],
  ['auth.login over HTTP', await signIn()],
];
report(
  `Sign-in vs raw hash (${concurrency} in flight, ${seconds}s each, db: ${api.database.kind})`,
  hashRows,
  'raw Argon2id verify (in process)',
);

const login = await fetch(`${api.url}/trpc/auth.login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: json({ email, password }),
});
const token = ((await login.json()) as { result: { data: { json: { accessToken: string } } } })
  .result.data.json.accessToken;
const readRows: [string, Measurement][] = [
  ['health.ping', await load({ url: `${api.url}/trpc/health.ping`, seconds })],
  [
    'auth.me (bearer token)',
    await load({
      url: `${api.url}/trpc/auth.me`,
      headers: { authorization: `Bearer ${token}` },
      seconds,
    }),
  ],
];
report(
  `Authenticated read vs public ping (16 connections, ${seconds}s each, db: ${api.database.kind})`,
  readRows,
  'health.ping',
);

await api.close();
