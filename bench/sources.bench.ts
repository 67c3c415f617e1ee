/**
 * Pulling 1,000 HTTP sources (issue 11): a local server answers each KPI's JSON after a
 * 20 ms delay (a modest API), and `runDueSources` runs them all, at most 16 in flight.
 * Goal: under 10 s on SQLite (file). The server counts requests in flight, so the
 * limit is measured, not assumed. SOURCES=<n> overrides the 1,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kpi, Workspace } from '../src/core/model.js';
import { runDueSources } from '../src/service/sources/run-due-sources.js';
import { importWorkspace } from '../src/service/workspace-import.service.js';
import { closeDatabase, openDatabase } from '../src/store/database.js';

const COUNT = Number(process.env.SOURCES ?? 1_000);
const GOAL_MS = 10_000;
const LIMIT = 16;
const DELAY_MS = 20;

let inFlight = 0;
let maxInFlight = 0;
const server = createServer((req, res) => {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  setTimeout(() => {
    inFlight--;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: Number((req.url ?? '/0').slice(1)) % 97 }));
  }, DELAY_MS);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const kpis: Kpi[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `k${i}`,
  name: `KPI ${i}`,
  cadence: 'daily',
  points: [],
  source: { kind: 'http', url: `http://127.0.0.1:${port}/${i}`, value: 'value' },
}));
const ws: Workspace = {
  name: 'Bench',
  freelancer: false,
  people: [],
  teams: [],
  cycles: [],
  kpis,
  decisions: [],
  objectives: [],
  initiatives: [],
};

const dir = mkdtempSync(join(tmpdir(), 'ratchet-sources-bench-'));
const store = await openDatabase(
  process.env.BENCH_MEMORY ? 'sqlite::memory:' : `sqlite:${join(dir, 'bench.db')}`,
);
try {
  await importWorkspace(store, ws, { actor: 'bench' });
  const t0 = performance.now();
  const outcomes = await runDueSources(store, Date.now(), {
    env: { RATCHET_ALLOW_PRIVATE_WEBHOOKS: '1' },
    concurrency: LIMIT,
  });
  const ms = performance.now() - t0;
  const failed = outcomes.filter((o) => o.status !== 'ok');
  const ok = ms < GOAL_MS && maxInFlight <= LIMIT && failed.length === 0 && outcomes.length === COUNT;
  process.stdout.write(
    `${COUNT} http sources (${DELAY_MS} ms answers) pulled in ${(ms / 1000).toFixed(2)} s ` +
      `(goal < ${GOAL_MS / 1000} s), at most ${maxInFlight} in flight (limit ${LIMIT}), ` +
      `${failed.length} failed ${ok ? '✓' : '✗'}\n`,
  );
  if (failed[0]) process.stdout.write(`first failure: ${failed[0].kpi}: ${failed[0].error}\n`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await closeDatabase(store);
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
