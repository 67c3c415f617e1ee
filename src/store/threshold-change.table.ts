import type { Insertable, Selectable } from 'kysely';
import type { MutableColumns } from './common.table.js';

export interface ThresholdChangeTable extends MutableColumns {
  kpi_id: number;
  at: number;
  from_min: number | null;
  from_max: number | null;
  to_min: number | null;
  to_max: number | null;
  key_result_id: number | null;
  reason: string | null;
}

export type ThresholdChangeRow = Selectable<ThresholdChangeTable>;
export type NewThresholdChangeRow = Insertable<ThresholdChangeTable>;
