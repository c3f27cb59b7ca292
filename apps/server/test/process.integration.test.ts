/** The server as an operator runs it: a real process, real signals, real exit codes. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const ADMIN_CREATE = fileURLToPath(new URL('../src/cli/admin-create.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const dataDirs: string[] = [];
const children: ReturnType<typeof spawn>[] = [];

function run(env: Record<string, string>) {
  const child = spawn(TSX, [MAIN], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    const check = () => {
      const line = stdout.split('\n').find((l) => l.includes('api server listening'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    };
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  // Start-up failures are the expected outcome of some tests; they read `exited` instead.
  listening.catch(() => {});
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

/** The server process itself (tsx runs it as a child of the spawned process). */
function ownerPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'pglite', 'homechef.lock'), 'utf8'));
}

afterAll(() => {
  // A failed test must not leave a server behind writing into a directory being removed.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dataDirs) {
    try {
      process.kill(ownerPid(dir), 'SIGKILL');
    } catch {
      // exited, or never got that far
    }
  }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

// Each test starts real processes; a cold start migrates a fresh embedded database.
describe('api server process', { timeout: 180_000 }, () => {
  it('starts with no services at all (embedded PGlite + in-process bus) and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'homechef-'));
    dataDirs.push(dataDir);
    const p = run({ DATA_DIR: dataDir, PORT: '0' });
    const port = await p.listening;
    const pong = (await (await fetch(`http://127.0.0.1:${port}/trpc/health.ping`)).json()) as {
      result: { data: { json: { db: string; bus: string } } };
    };
    expect(pong.result.data.json).toMatchObject({ db: 'pglite', bus: 'memory' });

    const socket = new WebSocket(`ws://127.0.0.1:${port}/realtime`);
    await new Promise((resolve) => socket.once('open', resolve));
    const socketClosed = new Promise<number>((resolve) =>
      socket.once('close', (code) => resolve(code)),
    );
    p.child.kill('SIGTERM');
    expect(await socketClosed).toBe(1001);
    expect(await p.exited).toBe(0);
    expect(p.output().stdout).toContain('api server stopped');
  });

  it.each([
    [
      { DATABASE_URL: 'mysql://nope' },
      /^homechef api: DATABASE_URL must be a URL starting with postgres:\/\//,
    ],
    [
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' },
      /^homechef api: DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)/,
    ],
    [
      { REDIS_URL: 'redis://127.0.0.1:1' },
      /^homechef api: REDIS_URL: cannot connect to Redis at 127\.0\.0\.1:1/,
    ],
  ])('refuses to start with %o: one clear line, no stack trace, exit 78', async (env, message) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'homechef-'));
    dataDirs.push(dataDir);
    const p = run({ DATA_DIR: dataDir, PORT: '0', ...env });
    expect(await p.exited).toBe(78);
    const { stderr } = p.output();
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('owns its embedded database: a second server and the CLI refuse with one line while it runs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'homechef-'));
    dataDirs.push(dataDir);
    const env = { DATA_DIR: dataDir, PORT: '0' };
    const adminCreate = (email: string) =>
      spawnSync(TSX, [ADMIN_CREATE, '--email', email, '--password', 'long enough pw'], {
        env: { PATH: process.env.PATH, ...env, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      });
    const owner = run(env);
    await owner.listening;
    const inUse = new RegExp(
      `the embedded database in .*pglite is in use by process ${ownerPid(dataDir)} .*stop that process first, or set DATABASE_URL`,
    );

    const second = run(env);
    expect(await second.exited).toBe(78);
    expect(second.output().stderr).toMatch(new RegExp(`^homechef api: DATA_DIR: ${inUse.source}`));
    expect(second.output().stderr.trim().split('\n')).toHaveLength(1);

    const refused = adminCreate('ops@example.test');
    expect(refused.status).toBe(78);
    expect(refused.stdout).not.toContain('created admin');
    expect(refused.stderr).toMatch(inUse);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);

    // The running server still serves (the refused processes did not disturb its database).
    const ping = await fetch(`http://127.0.0.1:${await owner.listening}/trpc/health.ping`);
    expect(ping.status).toBe(200);

    owner.child.kill('SIGTERM');
    expect(await owner.exited).toBe(0);
    const created = adminCreate('ops@example.test');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('created admin ops@example.test');

    // A restarted server sees what the command wrote: the admin signs in.
    const restarted = run(env);
    const port = await restarted.listening;
    const login = await fetch(`http://127.0.0.1:${port}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: 'ops@example.test', password: 'long enough pw' } }),
    });
    expect(login.status).toBe(200);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  });

  it('reclaims the lock of a server that was killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'homechef-'));
    dataDirs.push(dataDir);
    const env = { DATA_DIR: dataDir, PORT: '0' };
    const first = run(env);
    await first.listening;
    process.kill(ownerPid(dataDir), 'SIGKILL');
    await first.exited;
    const second = run(env);
    await second.listening;
    // The server itself (tsx relays signals only once it has settled in).
    process.kill(ownerPid(dataDir), 'SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
