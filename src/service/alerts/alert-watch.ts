import type { Store } from '../../store/database.js';
import { listWorkspaceRows } from '../../store/workspace.repository.js';
import { changeFeed } from '../write/change-feed.js';
import { ALERT_ACTOR, evaluateAlerts } from './alert-evaluation.service.js';

export interface AlertWatch {
  /** Resolves once every change heard so far has been evaluated (for tests and shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Evaluates alerts after every committed write that touched a KPI (points ingested, a
 * range edited). Evaluation is a write of its own, after the first has committed, so a
 * fault here can never fail or slow the ingest; KPIs touched while one evaluation runs
 * are gathered into the next, so a burst of writes costs one evaluation per workspace.
 * The scheduled tick catches up anything missed (a crash, a CLI import).
 */
export function watchAlerts(
  store: Store,
  options: { readonly now?: () => number; readonly onError?: (error: unknown) => void } = {},
): AlertWatch {
  const now = options.now ?? Date.now;
  const waiting = new Map<string, Set<string>>();
  let running: Promise<void> = Promise.resolve();
  let scheduled = false;

  const drain = async (): Promise<void> => {
    scheduled = false;
    const batch = [...waiting];
    waiting.clear();
    for (const [workspace, kpis] of batch) {
      try {
        await evaluateAlerts(store, workspace, now(), [...kpis]);
      } catch (error) {
        options.onError?.(error);
      }
    }
  };

  const unsubscribe = changeFeed(store).subscribe((change) => {
    if (change.actor === ALERT_ACTOR) return;
    const kpis = change.records.filter((r) => r.entity === 'kpi').map((r) => r.id);
    if (kpis.length === 0) return;
    const set = waiting.get(change.workspaceSlug) ?? new Set<string>();
    for (const kpi of kpis) set.add(kpi);
    waiting.set(change.workspaceSlug, set);
    if (scheduled) return;
    scheduled = true;
    running = running.then(drain);
  });

  return {
    idle: async () => {
      // A drain may queue behind the current one; wait until nothing is left.
      while (scheduled || waiting.size > 0) await running;
      await running;
    },
    async stop() {
      unsubscribe();
      await running;
    },
  };
}

/** The scheduled tick: every workspace's KPIs, for `for` durations and staleness. */
export async function evaluateAllAlerts(store: Store, now: number): Promise<void> {
  const workspaces = await listWorkspaceRows(store.db);
  for (const ws of workspaces) await evaluateAlerts(store, ws.slug, now);
}
