import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { lockDataDir } from './lock.ts';
import * as schema from './schema/index.ts';
import type { Database } from './types.ts';

export type { Database } from './types.ts';
export { DataDirLockedError, LOCK_FILE } from './lock.ts';
export type DatabaseKind = 'pglite' | 'postgres';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: DatabaseKind;
  /** Applies every pending migration in `drizzle/`. */
  migrate(): Promise<void>;
  /** Round-trips a trivial query; throws when the database is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { url: string; max?: number }
  /**
   * PGlite: `dataDir` undefined keeps everything in memory. A data directory has one owner:
   * opening one that another live process (or another handle) holds throws
   * `DataDirLockedError`, since two PGlite instances on one directory lose each other's writes.
   */
  | { url?: undefined; dataDir?: string };

export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  return options.url === undefined
    ? createPgliteDatabase(options.dataDir)
    : createPostgresDatabase(options.url, options.max);
}

function createPostgresDatabase(url: string, max = 10): DatabaseHandle {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
    // Short-lived connections are fine for the API; idle ones are returned after a minute.
    idle_timeout: 60,
  });
  const db = drizzlePostgres(client, { schema });
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.end({ timeout: 5 }),
  };
}

function createPgliteDatabase(dataDir: string | undefined): DatabaseHandle {
  let unlock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}
