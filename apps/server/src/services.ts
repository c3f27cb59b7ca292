import { join } from 'node:path';
import { LocalDiskStorage, type FileStorage } from '@homechef/api';
import { hashPassword } from '@homechef/auth';
import {
  createDatabase,
  DataDirLockedError,
  isEmpty,
  seedDemo,
  type DatabaseHandle,
} from '@homechef/db';
import { createBus, type EventBus } from '@homechef/realtime';
import { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

/** A start-up failure caused by a setting; `main` prints it as one line, without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 'default port'}`;
  } catch {
    return 'the configured address';
  }
}

/** The most specific cause: drivers wrap network errors ("Failed query: …" around ECONNREFUSED). */
function reason(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: unknown[]; cause?: unknown };
  if (e.code) return e.code;
  if (e.cause) return reason(e.cause);
  // Node reports "connection refused" for each address family as an AggregateError.
  if (Array.isArray(e.errors) && e.errors[0]) return reason(e.errors[0]);
  return e.message ?? String(error);
}

/** Opens the embedded database, which one process at a time may own. */
function openEmbedded(config: Config): DatabaseHandle {
  try {
    return createDatabase({ dataDir: join(config.DATA_DIR, 'pglite') });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new StartupError(
      `DATA_DIR: the embedded database in ${error.dataDir} is in use by process ${error.ownerPid} (a running API server?); stop that process first, or set DATABASE_URL to a PostgreSQL database that several processes can share`,
    );
  }
}

export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const handle = config.DATABASE_URL
    ? createDatabase({ url: config.DATABASE_URL })
    : openEmbedded(config);
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close().catch(() => {});
    if (!config.DATABASE_URL) {
      throw new StartupError(
        `DATA_DIR: cannot open the embedded database in ${config.DATA_DIR}/pglite (${reason(error)})`,
      );
    }
    throw new StartupError(
      `DATABASE_URL: cannot connect to PostgreSQL at ${describeTarget(config.DATABASE_URL)} (${reason(error)})`,
    );
  }
  if (config.SEED_DEMO === 'if-empty') {
    if (await isEmpty(handle.db)) {
      const started = performance.now();
      const storage = openStorage(config);
      const summary = await seedDemo(handle.db, {
        hashPassword,
        storeFile: (key, data) => storage.put(key, data),
      });
      logger.info({ summary, ms: Math.round(performance.now() - started) }, 'seeded the demo city');
    } else {
      logger.info('database already has data; demo seed skipped');
    }
  }
  return handle;
}

export async function openBus(config: Config, logger: Logger): Promise<EventBus> {
  try {
    return await createBus(config.REDIS_URL, {
      prefix: `${config.REDIS_PREFIX}:`,
      onError: (error) => logger.warn({ err: error }, 'redis connection error'),
    });
  } catch (error) {
    throw new StartupError(
      `REDIS_URL: cannot connect to Redis at ${describeTarget(config.REDIS_URL ?? '')} (${reason(error)})`,
    );
  }
}

/** A general-purpose Redis connection (rate limits); none for the embedded default. */
export async function openRedis(config: Config, logger: Logger): Promise<Redis | undefined> {
  if (!config.REDIS_URL) return undefined;
  const redis = new Redis(config.REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 3,
  });
  let firstError: Error | undefined;
  redis.on('error', (error: Error) => {
    firstError ??= error;
    logger.warn({ err: error }, 'redis connection error');
  });
  try {
    await redis.connect();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new StartupError(
      `REDIS_URL: cannot connect to Redis at ${describeTarget(config.REDIS_URL)} (${reason(firstError ?? error)})`,
    );
  }
}

/** Uploaded files: local disk under DATA_DIR/uploads. */
export function openStorage(config: Config): FileStorage {
  return new LocalDiskStorage(join(config.DATA_DIR, 'uploads'));
}
