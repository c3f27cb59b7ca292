/** The server as an operator runs it: a real process, real signals, real exit codes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const dataDirs: string[] = [];

function run(env: Record<string, string>) {
  const child = spawn(TSX, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      STRIPE_SANDBOX_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('api server process', () => {
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
});
