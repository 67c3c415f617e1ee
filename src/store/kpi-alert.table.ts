import type { Generated, Insertable, Selectable } from 'kysely';

/** A KPI's current alert state (migration 2026-11-30-021). */
export interface KpiAlertTable {
  kpi_id: number;
  workspace_id: number;
  alert_for: string | null;
  /** The KPI's own repeat interval ("4h"), or null for the workspace's (migration 2026-12-02-500). */
  repeat_every: string | null;
  /** When the firing alert was last told (fired or repeated). */
  notified_at: number | null;
  state: string;
  severity: string | null;
  since: number;
  run_start: number | null;
  run_points: number;
  last_point_at: number | null;
  last_value: number | null;
  before_stale: string | null;
  evaluated_at: number;
}

/** One change of a KPI's alert state, with its time and cause. */
export interface KpiAlertTransitionTable {
  id: Generated<number>;
  workspace_id: number;
  kpi_id: number;
  at: number;
  from_state: string;
  to_state: string;
  severity: string | null;
  cause: string;
  value: number | null;
  recorded_at: number;
}

export type KpiAlertRow = Selectable<KpiAlertTable>;
export type KpiAlertTransitionRow = Selectable<KpiAlertTransitionTable>;
export type NewKpiAlertTransitionRow = Insertable<KpiAlertTransitionTable>;
