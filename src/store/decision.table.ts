import type { Insertable, Selectable } from 'kysely';
import type { MutableColumns } from './common.table.js';

export interface DecisionTable extends MutableColumns {
  kpi_id: number;
  at: number;
  /** Who decided, as the file or the user wrote it. */
  decided_by: string;
  text: string;
  objective_id: number | null;
}

export type DecisionRow = Selectable<DecisionTable>;
export type NewDecisionRow = Insertable<DecisionTable>;
