import type { Generated, Insertable, Selectable } from 'kysely';

/** One per KPI that has a source; `spec` is JSON with the secrets sealed. */
export interface KpiSourceTable {
  id: Generated<number>;
  workspace_id: number;
  kpi_id: number;
  kind: string;
  spec: string;
  etag: string | null;
  last_modified: string | null;
  created_at: number;
  updated_at: number;
}

/** One run of a source: `ok`, `not_modified` (HTTP 304) or `error`. */
export interface SourceRunTable {
  id: Generated<number>;
  workspace_id: number;
  kpi_id: number;
  started_at: number;
  finished_at: number;
  status: string;
  value: number | null;
  points: number;
  error: string | null;
}

export type KpiSourceRow = Selectable<KpiSourceTable>;
export type NewKpiSourceRow = Insertable<KpiSourceTable>;
export type SourceRunRow = Selectable<SourceRunTable>;
export type NewSourceRunRow = Insertable<SourceRunTable>;
