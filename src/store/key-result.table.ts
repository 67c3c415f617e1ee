import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface KeyResultTable extends KeyedColumns {
  objective_id: number;
  title: string;
  owner_id: number | null;
  baseline: number | null;
  target: number | null;
  unit: string | null;
  weight: number;
  kpi_id: number | null;
  /** 0/1, or null when the file left it out. */
  milestone: number | null;
  done: number | null;
}

export type KeyResultRow = Selectable<KeyResultTable>;
export type NewKeyResultRow = Insertable<KeyResultTable>;
