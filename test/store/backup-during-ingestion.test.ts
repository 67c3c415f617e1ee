import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ingestPoints, listPoints } from '../../src/service/data-point.service.js';
import { closeDatabase, openDatabase } from '../../src/store/database.js';
import { startWriter } from './writer-process.js';

const dir = mkdtempSync(join(tmpdir(), 'ratchet-backup-live-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ratchet(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

async function pointsIn(url: string): Promise<number[]> {
  const store = await openDatabase(url);
  try {
    return (await listPoints(store, undefined, 'utilisation')).map((p) => p.at);
  } finally {
    await closeDatabase(store);
  }
}

/**
 * Issue 13: `ratchet backup` of a SQLite database another process is writing into,
 * one point per transaction, is a consistent copy — the points committed up to one
 * moment, none missing before it and none half there — and restores to a working database.
 */
describe('backup during ingestion, then restore', () => {
  it('the backup holds every point up to one moment, and restores to a database that works', async () => {
    const db = `sqlite:${join(dir, 'ratchet.db')}`;
    const writer = startWriter(db);
    await writer.acknowledged(30);
    const ackedBefore = writer.lastAck();
    const backup = await ratchet('backup', 'live.db', '--db', db);
    const ackedAfter = writer.lastAck();
    expect(backup.code, backup.err).toBe(0);
    // The writer keeps committing before, during and after the copy.
    await writer.acknowledged(ackedAfter + 10);
    await writer.kill();

    const copy = `sqlite:${join(dir, 'live.db')}`;
    const store = await openDatabase(copy, { migrate: false });
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    await closeDatabase(store);
    expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
    const backedUp = await pointsIn(copy);
    // One moment: points 1..k, with k at least what was acknowledged when the backup began.
    expect(backedUp).toEqual(Array.from({ length: backedUp.length }, (_, i) => i + 1));
    expect(backedUp.length).toBeGreaterThanOrEqual(ackedBefore);
    expect((await pointsIn(db)).length).toBeGreaterThan(backedUp.length);

    const restored = await ratchet('restore', 'live.db', '--db', db);
    expect(restored.code, restored.err).toBe(0);
    expect(await pointsIn(db)).toEqual(backedUp);
    const working = await openDatabase(db);
    const next = backedUp.length + 1;
    await ingestPoints(working, undefined, 'utilisation', [{ at: next, value: next }], { actor: 'system' });
    await closeDatabase(working);
    expect((await pointsIn(db)).at(-1)).toBe(next);
    expect((await ratchet('report', '--db', db)).code).toBe(0);
  }, 120_000);
});
