// Finds the real PostgreSQL and Redis for tests and benchmarks, starting them when they are
// installed but stopped.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { Socket } from 'node:net';

export const PG_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port), hostname, () => done(true));
  });
}

function tryStart(label, command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
    console.log(`started ${label}`);
  } catch {
    // not installed here, or not ours to start; reported below
  }
}

async function waitUntil(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await reachable(url)) return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/** Returns the names of the services still unreachable after trying to start them. */
export async function ensureServices() {
  const missing = [];
  if (!(await reachable(PG_URL))) {
    if (existsSync('/etc/postgresql')) {
      for (const version of readdirSync('/etc/postgresql')) {
        tryStart(`PostgreSQL ${version}`, 'pg_ctlcluster', [
          '--skip-systemctl-redirect',
          version,
          'main',
          'start',
        ]);
      }
    }
    if (!(await waitUntil(PG_URL, 15_000))) missing.push(`PostgreSQL (${new URL(PG_URL).host})`);
  }
  if (!(await reachable(REDIS_URL))) {
    tryStart('Redis', 'redis-server', [
      '--daemonize',
      'yes',
      '--bind',
      '127.0.0.1',
      '--port',
      new URL(REDIS_URL).port || '6379',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    if (!(await waitUntil(REDIS_URL, 10_000))) missing.push(`Redis (${new URL(REDIS_URL).host})`);
  }
  return missing;
}
