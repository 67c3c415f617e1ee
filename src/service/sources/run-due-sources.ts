import type { Cadence } from '../../core/model.js';
import { isSourceDue } from '../../core/source/source-due.js';
import type { Store } from '../../store/database.js';
import { latestRuns, workspaceSources } from '../../store/kpi-source.repository.js';
import { listWorkspaceRows } from '../../store/workspace.repository.js';
import { NotFoundError } from '../errors.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { type RunOptions, type RunOutcome, runSource, type SourceWithKpi } from './run-source.js';

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
  const jobs: (() => Promise<RunOutcome>)[] = [];
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
      jobs.push(() => runSource(store, ws, source as SourceWithKpi, { ...options, now }));
  }
  return inPool(jobs, options.concurrency ?? DEFAULT_CONCURRENCY);
}

/** Runs the jobs with at most `limit` in flight, results in job order. */
async function inPool<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await (jobs[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), jobs.length) }, worker));
  return results;
}
