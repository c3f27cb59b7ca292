import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyPassword } from '@homechef/auth';
import { createDatabase, users, type DatabaseHandle } from '@homechef/db';
import { createTestDatabase, type TestDatabase } from '@homechef/db/testing';
import { testServices } from '@homechef/realtime/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli/admin-create.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

// The command runs against a fresh PostgreSQL database, or (embedded fallback) a PGlite
// directory that the test opens after the command has exited.
let database: TestDatabase | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'hc-cli-'));
beforeAll(async () => {
  if (testServices() === 'real') database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

function adminCreate(...args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], {
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...(database && { DATABASE_URL: database.url }),
    },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function withDb<T>(fn: (db: DatabaseHandle['db']) => Promise<T>): Promise<T> {
  if (database) return fn(database.db);
  const handle = createDatabase({ dataDir: join(dataDir, 'pglite') });
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

// Each case spawns the command; a cold start under load takes many seconds.
describe('npm run admin:create', { timeout: 180_000 }, () => {
  it('creates an admin with a generated password, printed once, that signs in', async () => {
    const result = adminCreate('--email', ' Ops@Example.TEST ', '--name', 'Ops');
    expect(result.code).toBe(0);
    const password = /password: (\S+)/.exec(result.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    const [admin] = await withDb((db) =>
      db.select().from(users).where(eq(users.email, 'ops@example.test')),
    );
    expect(admin).toMatchObject({ role: 'admin', name: 'Ops', status: 'active' });
    expect(await verifyPassword(admin!.passwordHash, password!)).toBe(true);
  });

  it('refuses a taken email, a bad email and a short password with one line and exit 78', async () => {
    for (const args of [
      ['--email', 'ops@example.test', '--password', 'long enough pw'],
      ['--email', 'not-an-email'],
      ['--email', 'short@example.test', '--password', 'short'],
    ]) {
      const result = adminCreate(...args);
      expect(result.code).toBe(78);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await withDb((db) => db.select().from(users))).toHaveLength(1);
  });
});
