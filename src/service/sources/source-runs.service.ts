import type { KpiSource } from '../../core/source/kpi-source.js';
import type { Store } from '../../store/database.js';
import { recentRuns, sourceOf } from '../../store/kpi-source.repository.js';
import { activeKpiRef } from '../kpi-ref.js';
import { optional } from '../mappers.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { openSpec } from './source-spec.js';

export interface SourceRun {
  /** When the run started (the scheduled instant). */
  readonly at: number;
  readonly finishedAt: number;
  readonly status: 'ok' | 'not_modified' | 'error';
  readonly value?: number;
  readonly points: number;
  readonly error?: string;
}

export interface KpiSourceView {
  /** With every secret shown as `<secret>`. */
  readonly source?: KpiSource;
  /** Newest first. */
  readonly runs: readonly SourceRun[];
}

/** A KPI's source (secrets hidden) and its latest runs, for the KPI page. */
export async function sourceRuns(
  store: Store,
  workspace: string | undefined,
  kpiKey: string,
  limit = 20,
): Promise<KpiSourceView> {
  const ws = await resolveWorkspace(store.db, workspace);
  const kpi = await activeKpiRef(store.db, ws.id, kpiKey);
  const row = await sourceOf(store.db, kpi.id);
  const runs = await recentRuns(store.db, kpi.id, limit);
  return {
    ...optional('source', row && openSpec(row.spec, undefined)),
    runs: runs.map((r) => ({
      at: r.started_at,
      finishedAt: r.finished_at,
      status: r.status as SourceRun['status'],
      ...optional('value', r.value),
      points: r.points,
      ...optional('error', r.error),
    })),
  };
}
