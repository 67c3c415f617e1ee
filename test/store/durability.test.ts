import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPoints } from '../../src/service/data-point.service.js';
import { closeDatabase, openDatabase } from '../../src/store/database.js';
import { freshPostgresUrl } from './databases.js';
import { startWriter } from './writer-process.js';

declare module 'vitest' {
  interface TaskMeta {
    summaryLine?: string;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ratchet-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TRIALS = 5;

/** Where the writer writes: a new SQLite file, or a new PostgreSQL schema when RATCHET_TEST_PG is set. */
const targets: { name: string; url: (trial: number) => Promise<string> }[] = [
  { name: 'sqlite', url: async (trial) => `sqlite:${join(dir, `trial-${trial}.db`)}` },
];
if (process.env.RATCHET_TEST_PG) targets.push({ name: 'postgres', url: () => freshPostgresUrl() });

/** Issue 13: every point acknowledged before a kill -9 mid-ingestion is there afterwards. */
describe.each(targets)('durability on $name', (target) => {
  it(`every write acknowledged before a kill -9 is still there afterwards (${TRIALS} trials)`, async ({
    task,
  }) => {
    let acknowledged = 0;
    let lost = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const url = await target.url(trial);
      // Killed at a different point of the ingestion each time.
      const writer = startWriter(url);
      await writer.acknowledged(20 + trial * 17);
      const lastAck = await writer.kill();
      const store = await openDatabase(url);
      const stored = new Set((await listPoints(store, undefined, 'utilisation')).map((p) => p.at));
      await closeDatabase(store);
      acknowledged += lastAck;
      for (let at = 1; at <= lastAck; at++) if (!stored.has(at)) lost++;
    }
    const summary = `kill -9 during ingestion on ${target.name}: ${TRIALS} trials, ${acknowledged} points acknowledged, ${lost} lost`;
    task.meta.summaryLine = summary;
    console.log(summary);
    expect(lost, summary).toBe(0);
  }, 180_000);
});
