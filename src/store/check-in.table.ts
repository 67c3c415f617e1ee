import type { Insertable, Selectable } from 'kysely';
import type { MutableColumns } from './common.table.js';

export interface CheckInTable extends MutableColumns {
  key_result_id: number;
  at: number;
  value: number;
  confidence: number | null;
  note: string | null;
  blockers: string | null;
}

export type CheckInRow = Selectable<CheckInTable>;
export type NewCheckInRow = Insertable<CheckInTable>;
