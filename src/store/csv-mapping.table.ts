import type { Selectable } from 'kysely';

/** The CSV column mapping a workspace last imported with (migration 2026-12-01-160). */
export interface CsvMappingTable {
  workspace_id: number;
  /** What the mapping is for: `points` ("any CSV in"). */
  kind: string;
  /** JSON. */
  mapping: string;
  updated_at: number;
  updated_by: string | null;
}

export type CsvMappingRow = Selectable<CsvMappingTable>;
