/**
 * Exactly one instance runs dispatch rounds. On PostgreSQL the leader holds a session advisory
 * lock on a connection of its own, taken out of the pool: the lock lives exactly as long as
 * that connection, so when the leader dies (or its connection does) PostgreSQL releases it and
 * the next instance to try, within one round interval, takes over. PGlite is one process, which
 * is always the leader.
 */
import type { Database, DatabaseKind } from '@homechef/db';

/** Any 64-bit number the rest of the application does not lock: "dispatch" in ASCII. */
export const DISPATCH_LOCK_KEY = 0x6469737061746368n;

export interface Leadership {
  /** True while this instance holds the lock; tries to take it when free. */
  isLeader(): Promise<boolean>;
  release(): Promise<void>;
}

/** The part of postgres.js's reserved connection used here. */
interface ReservedConnection {
  unsafe(query: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  release(): void;
}
interface PostgresPool {
  reserve(): Promise<ReservedConnection>;
}

export function createLeadership(
  db: Database,
  kind: DatabaseKind,
  key = DISPATCH_LOCK_KEY,
): Leadership {
  if (kind === 'pglite') return { isLeader: () => Promise.resolve(true), release: async () => {} };
  // Drizzle's postgres.js driver keeps the pool as `$client`.
  const pool = (db as unknown as { $client: PostgresPool }).$client;
  let held: ReservedConnection | null = null;
  let busy: Promise<boolean> | null = null;

  const drop = () => {
    const connection = held;
    held = null;
    try {
      connection?.release();
    } catch {
      // The connection is gone already.
    }
  };

  const check = async (): Promise<boolean> => {
    if (held) {
      try {
        // Still ours only while the session that took it lives.
        const [row] = await held.unsafe(
          `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted
             and pid = pg_backend_pid() and classid = $1 and objid = $2 and objsubid = 1`,
          [Number(key >> 32n), Number(key & 0xffffffffn)],
        );
        if (row?.n === 1) return true;
      } catch {
        // The connection died: the lock went with it.
      }
      drop();
    }
    let connection: ReservedConnection;
    try {
      connection = await pool.reserve();
    } catch {
      return false;
    }
    try {
      const [row] = await connection.unsafe('select pg_try_advisory_lock($1::bigint) as ok', [
        key.toString(),
      ]);
      if (row?.ok === true) {
        held = connection;
        return true;
      }
    } catch {
      // Fall through: not the leader this time.
    }
    connection.release();
    return false;
  };

  return {
    isLeader: () => (busy ??= check().finally(() => (busy = null))),
    async release() {
      await busy;
      if (!held) return;
      try {
        await held.unsafe('select pg_advisory_unlock($1::bigint)', [key.toString()]);
      } catch {
        // Gone already.
      }
      drop();
    },
  };
}
