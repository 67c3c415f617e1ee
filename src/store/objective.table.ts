import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface ObjectiveTable extends KeyedColumns {
  title: string;
  owner_id: number | null;
  team_id: number | null;
  cycle_id: number;
  type: string;
  /** Alignment: the objective this one supports. */
  parent_id: number | null;
}

export type ObjectiveRow = Selectable<ObjectiveTable>;
export type NewObjectiveRow = Insertable<ObjectiveTable>;

/** An objective's guardrail KPI, at its place in the list the user wrote. */
export interface ObjectiveGuardrailTable {
  objective_id: number;
  kpi_id: number;
  position: number;
}

export type ObjectiveGuardrailRow = Selectable<ObjectiveGuardrailTable>;
