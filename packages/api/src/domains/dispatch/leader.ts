/**
 * Exactly one instance runs dispatch rounds. On PostgreSQL the leader holds a session advisory
 * lock (`pg_try_advisory_lock`) on a connection of its own, outside the pool: the lock lives
 * exactly as long as that session, so when the leader dies, or its connection does, PostgreSQL
 * releases it and the next instance to try (each tries once per round interval) takes over.
 * Before every round the leader checks that its session still holds the lock; a check that
 * fails or hangs counts as lost. PGlite is one process, which is always the leader.
 */
import postgres from 'postgres';

/** Any 64-bit number the rest of the application does not lock: "dispatch" in ASCII. */
export const DISPATCH_LOCK_KEY = 0x6469737061746368n;

/** A check that takes longer than this (a cut network) counts as not leading. */
const CHECK_TIMEOUT_MS = 3000;

export interface Leadership {
  /** True while this instance holds the lock; tries to take it when free. */
  isLeader(): Promise<boolean>;
  release(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('leadership check timed out')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** `url` unset: the embedded PGlite database, one process, always the leader. */
export function createLeadership(url: string | undefined, key = DISPATCH_LOCK_KEY): Leadership {
  if (!url) return { isLeader: () => Promise.resolve(true), release: async () => {} };
  // One connection, never recycled while it lives: the lock belongs to its session. After the
  // session dies, postgres.js opens a new one, which holds nothing until it takes the lock.
  const session = postgres(url, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: null,
    connect_timeout: 5,
    onnotice: () => {},
  });
  const classId = Number(key >> 32n);
  const objId = Number(key & 0xffffffffn);
  let leading = false;
  let checking: Promise<boolean> | null = null;

  const check = async (): Promise<boolean> => {
    try {
      const [held] = await withTimeout(
        session<{ n: number }[]>`
          select count(*)::int as n from pg_locks
          where locktype = 'advisory' and granted and pid = pg_backend_pid()
            and classid = ${classId} and objid = ${objId} and objsubid = 1`,
        CHECK_TIMEOUT_MS,
      );
      if (held?.n === 1) return (leading = true);
      const [taken] = await withTimeout(
        session<{ ok: boolean }[]>`select pg_try_advisory_lock(${key.toString()}::bigint) as ok`,
        CHECK_TIMEOUT_MS,
      );
      return (leading = taken?.ok === true);
    } catch {
      return (leading = false);
    }
  };

  return {
    isLeader: () => (checking ??= check().finally(() => (checking = null))),
    async release() {
      await checking;
      if (leading) {
        await session`select pg_advisory_unlock(${key.toString()}::bigint)`.catch(() => {});
        leading = false;
      }
      await session.end({ timeout: 2 });
    },
  };
}
