import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface ObjectiveTable extends KeyedColumns {
  title: string;
  owner_id: number | null;
  team_id: number | null;
  cycle_id: number;
  type: string;
  // `parent_id` is still in the table but always null since 2026-12-03-100: the objectives
  // an objective supports are rows of `objective_parents`.
}

export type ObjectiveRow = Selectable<ObjectiveTable>;
export type NewObjectiveRow = Insertable<ObjectiveTable>;

/** An objective's guardrail KPI, at its place in the list the user wrote. */
export interface ObjectiveGuardrailTable {
  objective_id: number;
  kpi_id: number;
  position: number;
}

/** Alignment: an objective supports `parent_id`, at its place in the list the user wrote. */
export interface ObjectiveParentTable {
  objective_id: number;
  parent_id: number;
  position: number;
}

export type ObjectiveParentRow = Selectable<ObjectiveParentTable>;

export type ObjectiveGuardrailRow = Selectable<ObjectiveGuardrailTable>;
