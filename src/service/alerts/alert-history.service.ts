import type { AlertSeverity, AlertStateName } from '../../core/alert/alert-state.js';
import type { Store } from '../../store/database.js';
import { alertRows, alertTransitionRows } from '../../store/kpi-alert.repository.js';
import { activeKpiRef } from '../kpi-ref.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { settingsOf } from '../workspace-settings.service.js';

export interface AlertTransitionView {
  readonly at: number;
  readonly from: AlertStateName;
  readonly to: AlertStateName;
  readonly severity: AlertSeverity | null;
  readonly cause: string;
  readonly value: number | null;
}

export interface AlertHistory {
  readonly current: {
    readonly state: AlertStateName;
    readonly severity: AlertSeverity | null;
    readonly since: number | null;
    /** The KPI's own wait before firing and resolving, or null for one cadence period. */
    readonly for: string | null;
    /** How often a still-firing alert is told again: the KPI's own, else the workspace's; null: never. */
    readonly repeat: string | null;
    /** The KPI's own repeat interval; null when `repeat` is the workspace's default. */
    readonly ownRepeat: string | null;
  };
  /** Newest first. */
  readonly transitions: readonly AlertTransitionView[];
}

/** A KPI's alert state now and its transitions, newest first. */
export async function alertHistory(
  store: Store,
  workspace: string,
  kpiKey: string,
  limit = 100,
): Promise<AlertHistory> {
  const ws = await resolveWorkspace(store.db, workspace);
  const kpi = await activeKpiRef(store.db, ws.id, kpiKey);
  const [row] = await alertRows(store.db, [kpi.id]);
  const rows = await alertTransitionRows(store.db, kpi.id, limit);
  const ownRepeat = row?.repeat_every ?? null;
  const repeat = ownRepeat ?? settingsOf(ws).alertRepeat;
  return {
    current: row
      ? {
          state: row.state as AlertStateName,
          severity: row.severity as AlertSeverity | null,
          since: row.state === 'no_data' ? null : row.since,
          for: row.alert_for,
          repeat,
          ownRepeat,
        }
      : { state: 'no_data', severity: null, since: null, for: null, repeat, ownRepeat },
    transitions: rows.map((r) => ({
      at: r.at,
      from: r.from_state as AlertStateName,
      to: r.to_state as AlertStateName,
      severity: r.severity as AlertSeverity | null,
      cause: r.cause,
      value: r.value,
    })),
  };
}
