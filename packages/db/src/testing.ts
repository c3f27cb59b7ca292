/**
 * Fresh databases for integration tests. Each call creates a new database on the real
 * PostgreSQL server from a migrated template, so tests never see each other's rows.
 * The template is built once per process run (guarded by an advisory lock so parallel
 * vitest workers do not race).
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import postgres from 'postgres';
import { createDatabase, MIGRATIONS_FOLDER, type DatabaseHandle } from './client.ts';

export const TEST_POSTGRES_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function migrationsDigest(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(`${MIGRATIONS_FOLDER}/${file}`));
  }
  return hash.digest('hex').slice(0, 12);
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let templateReady: Promise<string> | undefined;

async function ensureTemplate(admin: postgres.Sql): Promise<string> {
  const template = `homechef_tpl_${migrationsDigest()}`;
  const building = `${template}_building`;
  // CREATE DATABASE cannot run in a transaction, so a session-level lock on the single
  // admin connection serialises template builds across parallel test workers.
  await admin`select pg_advisory_lock(hashtext('homechef_test_template'))`;
  try {
    const [existing] = await admin`select 1 from pg_database where datname = ${template}`;
    if (existing) return template;
    await admin.unsafe(`drop database if exists "${building}" with (force)`);
    await admin.unsafe(`create database "${building}"`);
    const handle = createDatabase({ url: withDatabase(TEST_POSTGRES_URL, building), max: 1 });
    try {
      await handle.migrate();
    } finally {
      await handle.close();
    }
    await admin.unsafe(`alter database "${building}" rename to "${template}"`);
    return template;
  } finally {
    await admin`select pg_advisory_unlock(hashtext('homechef_test_template'))`;
  }
}

export interface TestDatabase extends DatabaseHandle {
  readonly name: string;
  readonly url: string;
}

/**
 * A fresh migrated database: real PostgreSQL, or in-memory PGlite when `npm test` found no
 * PostgreSQL and fell back to the embedded default (`TEST_SERVICES=embedded`, never in CI).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_SERVICES === 'embedded') {
    return { ...(await createPgliteTestDatabase()), name: 'pglite', url: 'pglite://memory' };
  }
  const admin = postgres(TEST_POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    templateReady ??= ensureTemplate(admin);
    const template = await templateReady;
    const name = `homechef_test_${randomBytes(6).toString('hex')}`;
    await admin.unsafe(`create database "${name}" template "${template}"`);
    const url = withDatabase(TEST_POSTGRES_URL, name);
    const handle = createDatabase({ url, max: 4 });
    return {
      ...handle,
      name,
      url,
      close: async () => {
        await handle.close();
        const dropper = postgres(TEST_POSTGRES_URL, { max: 1, onnotice: () => {} });
        try {
          await dropper.unsafe(`drop database if exists "${name}" with (force)`);
        } finally {
          await dropper.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}

/** An in-memory PGlite database with the migrations applied: the embedded default. */
export async function createPgliteTestDatabase(): Promise<DatabaseHandle> {
  const handle = createDatabase({});
  await handle.migrate();
  return handle;
}
