import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The file beside PGlite's own files that names the process owning the data directory. */
export const LOCK_FILE = 'homechef.lock';

/** The embedded database is already open in another live process (or another handle). */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${ownerPid}`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const held = new Set<string>();
let exitHookInstalled = false;

/**
 * Takes the data directory for this process: creates the lock file exclusively (O_EXCL) with
 * this process's id. A lock left by a process that no longer runs (killed, crashed) is
 * reclaimed; a live owner, including another handle in this very process, makes it throw
 * `DataDirLockedError`. Returns the function that releases it (also released on exit).
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(path);
      const stale =
        owner === undefined
          ? attempt > 0
          : owner === process.pid
            ? !held.has(path) // left by an earlier process that had this pid
            : !isAlive(owner);
      // A held lock, or (on the first look) one whose owner is still writing its pid.
      if (!stale || attempt > 2) throw new DataDirLockedError(dataDir, owner ?? 0);
      rmSync(path, { force: true });
    }
  }
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const p of held) rmSync(p, { force: true });
    });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.delete(path);
    if (ownerOf(path) === process.pid) rmSync(path, { force: true });
  };
}
