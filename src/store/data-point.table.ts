import type { Insertable, Selectable } from 'kysely';

/**
 * One value per KPI and instant: the primary key is (kpi_id, at), so a newer write for
 * the same instant replaces the old value (the audit log keeps it).
 */
export interface DataPointTable {
  kpi_id: number;
  /** Denormalised so (workspace, source, idempotency key) can be unique. */
  workspace_id: number;
  at: number;
  value: number;
  note: string | null;
  source: string | null;
  idempotency_key: string | null;
  recorded_at: number;
}

export type DataPointRow = Selectable<DataPointTable>;
export type NewDataPointRow = Insertable<DataPointTable>;
