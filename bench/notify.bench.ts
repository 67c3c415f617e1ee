/**
 * Notifications' cost on the ingest path (issue 10): 100,000 points over 1,000 KPIs,
 * pushed as 1,000 bulk ingests with alert evaluation after each (as `ratchet serve`
 * does), with no webhook and with 100 webhook subscriptions to every alert event (after a
 * warm-up, twice each, alternating). Each alert transition writes one outbox row (the
 * event) in its transaction, whatever the number of subscriptions. Goal: with webhooks under 20% slower.
 * The fan-out to the subscriptions is the deliveries job's work, off the ingest path:
 * it is timed separately (sending is not timed: it waits on receivers). KPIS=<n> scales it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kpi, Workspace } from '../src/core/model.js';
import { watchAlerts } from '../src/service/alerts/alert-watch.js';
import { ingestPoints } from '../src/service/data-point.service.js';
import { fanOut } from '../src/service/notify/fan-out.js';
import { createSubscription } from '../src/service/notify/subscription.service.js';
import { importWorkspace } from '../src/service/workspace-import.service.js';
import { closeDatabase, openDatabase } from '../src/store/database.js';

const KPIS = Number(process.env.KPIS ?? 1_000);
const POINTS = 100;
const SUBSCRIPTIONS = 100;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

interface Run {
  readonly ms: number;
  readonly outbox: number;
  readonly fanOutMs: number;
  readonly deliveries: number;
}

async function run(subscriptions: number, timeFanOut = true): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'ratchet-notify-bench-'));
  const store = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
  try {
    const kpis: Kpi[] = Array.from({ length: KPIS }, (_, i) => ({
      id: `k${i}`,
      name: `KPI ${i}`,
      cadence: 'daily',
      healthy: { max: 5 },
      points: [],
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
    const { workspace } = await importWorkspace(store, ws, { actor: 'bench' });
    const slug = (
      await store.db
        .selectFrom('workspaces')
        .select('slug')
        .where('name', '=', workspace)
        .executeTakeFirstOrThrow()
    ).slug;
    for (let i = 0; i < subscriptions; i++) {
      await createSubscription(
        store,
        slug,
        'webhook',
        { url: `https://hooks.example.com/${i}`, events: ['kpi.alert', 'kpi.breached', 'kpi.recovered'] },
        { actor: 'bench' },
      );
    }
    const watch = watchAlerts(store, { now: () => START + POINTS * DAY });
    const t0 = performance.now();
    for (const kpi of kpis) {
      // Healthy, then out of range for a stretch (it fires), then healthy again (it resolves).
      const points = Array.from({ length: POINTS }, (_, d) => ({
        at: START + d * DAY,
        value: d >= 40 && d < 50 ? 9 : 3,
      }));
      await ingestPoints(store, slug, kpi.id, points, { actor: 'bench', at: START + POINTS * DAY });
    }
    await watch.idle();
    const ms = performance.now() - t0;
    await watch.stop();
    const outbox = await store.db
      .selectFrom('notify_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (!timeFanOut) return { ms, outbox: Number(outbox.n), fanOutMs: 0, deliveries: 0 };
    const t1 = performance.now();
    const fanned = await fanOut(store, START + POINTS * DAY);
    return { ms, outbox: Number(outbox.n), fanOutMs: performance.now() - t1, deliveries: fanned.deliveries };
  } finally {
    await closeDatabase(store);
    rmSync(dir, { recursive: true, force: true });
  }
}

// One run each, without first, let the second ride on the first one's warm-up (it came out
// "faster with webhooks"): a discarded warm-up, then two of each, alternating; the best of each.
await run(0, false);
const without = await run(0);
const withHooks = await run(SUBSCRIPTIONS);
const withoutMs = Math.min(without.ms, (await run(0, false)).ms);
const withMs = Math.min(withHooks.ms, (await run(SUBSCRIPTIONS, false)).ms);
const extra = withMs / withoutMs - 1;
const ok = extra < 0.2;
process.stdout.write(
  `${KPIS * POINTS} points over ${KPIS} KPIs, best of two after a warm-up: ${(withoutMs / 1000).toFixed(2)} s without webhooks, ` +
    `${(withMs / 1000).toFixed(2)} s with ${SUBSCRIPTIONS} (${withHooks.outbox} outbox rows): ` +
    `${(extra * 100).toFixed(1)}% more (goal < 20%) ${ok ? '✓' : '✗'}\n` +
    `then, in the deliveries job: fan-out to ${withHooks.deliveries} deliveries in ${(withHooks.fanOutMs / 1000).toFixed(2)} s ` +
    `(${without.deliveries} in ${(without.fanOutMs / 1000).toFixed(2)} s without webhooks)\n`,
);
process.exitCode = ok ? 0 : 1;
