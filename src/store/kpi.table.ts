import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface KpiTable extends KeyedColumns {
  name: string;
  unit: string | null;
  owner_id: number | null;
  team_id: number | null;
  cadence: string;
  healthy_min: number | null;
  healthy_max: number | null;
  warning_min: number | null;
  warning_max: number | null;
}

export type KpiRow = Selectable<KpiTable>;
export type NewKpiRow = Insertable<KpiTable>;
