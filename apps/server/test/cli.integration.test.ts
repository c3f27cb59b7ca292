import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyPassword } from '@homechef/auth';
import { users } from '@homechef/db';
import { createTestDatabase, type TestDatabase } from '@homechef/db/testing';
import { testServices } from '@homechef/realtime/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli/admin-create.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

function adminCreate(...args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hc-cli-')),
      LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.runIf(testServices() === 'real')('npm run admin:create', () => {
  it('creates an admin with a generated password, printed once, that signs in', async () => {
    const result = adminCreate('--email', ' Ops@Example.TEST ', '--name', 'Ops');
    expect(result.code).toBe(0);
    const password = /password: (\S+)/.exec(result.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    const [admin] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'ops@example.test'));
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
    expect(await database.db.select().from(users)).toHaveLength(1);
  });
});
