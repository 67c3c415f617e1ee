import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The mark `ratchet serve` leaves beside its SQLite file while it runs: the process id,
 * so `ratchet restore` can refuse to replace a database a server still writes to (the
 * server would keep acknowledging writes into the replaced file, lost on restart).
 */
export function serverLockPath(databaseFile: string): string {
  return `${databaseFile}.serve.lock`;
}

/** Marks the database as served by this process; the returned function removes the mark. */
export function holdServerLock(databaseFile: string, pid = process.pid): () => void {
  const path = serverLockPath(databaseFile);
  writeFileSync(path, `${pid}\n`);
  return () => {
    if (serverHoldingDatabase(databaseFile) === pid) rmSync(path, { force: true });
  };
}

/** The id of a live process serving this database, or null (no mark, or its process is gone). */
export function serverHoldingDatabase(databaseFile: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(serverLockPath(databaseFile), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user — still a live server.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
