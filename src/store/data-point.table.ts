import type { Insertable, Selectable } from 'kysely';

/**
 * One value per KPI and instant: the primary key is (kpi_id, at), so a newer write for
 * the same instant replaces the old value (the audit log keeps it).
 */
export interface DataPointTable {
  kpi_id: number;
  workspace_id: number;
  at: number;
  value: number;
  note: string | null;
  source: string | null;
  /** The key of the push that wrote this value, for the record; `data_point_keys` decides retries. */
  idempotency_key: string | null;
  recorded_at: number;
}

/**
 * Every idempotency key a KPI has accepted, per source, kept when its point is later
 * overwritten: a retry of an old push stays a retry (docs/security.md, "Durability").
 */
export interface DataPointKeyTable {
  kpi_id: number;
  source: string;
  idempotency_key: string;
  /** The instant of the point the key brought. */
  at: number;
  recorded_at: number;
}

export type DataPointRow = Selectable<DataPointTable>;
export type NewDataPointRow = Insertable<DataPointTable>;
