import type { Cadence } from '../../core/model.js';
import { isSourceDue } from '../../core/source/source-due.js';
import type { Store } from '../../store/database.js';
import { latestRuns, workspaceSources } from '../../store/kpi-source.repository.js';
import { listWorkspaceRows } from '../../store/workspace.repository.js';
import { NotFoundError } from '../errors.js';
import { resolveWorkspace } from '../workspace-ref.js';
import {
  type PulledRun,
  pullSource,
  type RunOptions,
  type RunOutcome,
  recordRuns,
  type SourceWithKpi,
} from './run-source.js';

export interface PullOptions extends Partial<RunOptions> {
  /** Only this workspace (name or slug); every workspace otherwise. */
  readonly workspace?: string;
  /** Run this KPI's source now, due or not. */
  readonly kpi?: string;
  /** Run every source now, due or not (formulas included). */
  readonly all?: boolean;
  /** Sources in flight at once; default 16. */
  readonly concurrency?: number;
}

export const DEFAULT_CONCURRENCY = 16;

/**
 * Runs the sources that are due at `now` (docs/sources.md "When a source runs"), at most
 * `concurrency` at a time, and returns every run's outcome. The periodic job of
 * `ratchet serve` and the whole of `ratchet pull`.
 */
export async function runDueSources(
  store: Store,
  now: number,
  options: PullOptions = {},
): Promise<RunOutcome[]> {
  const workspaces =
    options.workspace !== undefined || options.kpi !== undefined
      ? [await resolveWorkspace(store.db, options.workspace)]
      : await listWorkspaceRows(store.db);
  const jobs: (() => Promise<PulledRun>)[] = [];
  for (const ws of workspaces) {
    const sources = await workspaceSources(store.db, ws.id);
    const lastRun = await latestRuns(store.db, ws.id);
    const chosen = sources.filter((s) => {
      if (options.kpi !== undefined) return s.kpi_key === options.kpi;
      if (options.all) return true;
      const schedule = (JSON.parse(s.spec) as { schedule?: string }).schedule;
      return isSourceDue(
        { kind: s.kind, cadence: s.cadence as Cadence, ...(schedule ? { schedule } : {}) },
        lastRun.get(s.kpi_id)?.started_at,
        now,
      );
    });
    if (options.kpi !== undefined && chosen.length === 0) {
      throw new NotFoundError('source on KPI', options.kpi, 'Give the KPI a source first (docs/sources.md).');
    }
    for (const source of chosen)
      jobs.push(() => pullSource(store, ws, source as SourceWithKpi, { ...options, now }));
  }
  return pullAndRecord(store, jobs, options.concurrency ?? DEFAULT_CONCURRENCY);
}

/**
 * Pulls with at most `limit` in flight while one writer stores whatever has arrived,
 * one commit per batch (see recordRuns); outcomes in job order.
 */
async function pullAndRecord(
  store: Store,
  jobs: readonly (() => Promise<PulledRun>)[],
  limit: number,
): Promise<RunOutcome[]> {
  const outcomes = new Array<RunOutcome>(jobs.length);
  const ready: { index: number; run: PulledRun }[] = [];
  let next = 0;
  let pulling = true;
  let wake: (() => void) | undefined;
  const puller = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      ready.push({ index, run: await (jobs[index] as () => Promise<PulledRun>)() });
      wake?.();
    }
  };
  const writer = async (): Promise<void> => {
    while (pulling || ready.length > 0) {
      if (ready.length === 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      const batch = ready.splice(0, ready.length);
      const stored = await recordRuns(
        store,
        batch.map((b) => b.run),
      );
      batch.forEach((b, i) => {
        outcomes[b.index] = stored[i] as RunOutcome;
      });
    }
  };
  const writing = writer();
  await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), jobs.length) }, puller));
  pulling = false;
  wake?.();
  await writing;
  return outcomes;
}
