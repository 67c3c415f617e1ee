import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface CycleTable extends KeyedColumns {
  /** ISO dates, inclusive. */
  start_date: string;
  end_date: string;
}

export type CycleRow = Selectable<CycleTable>;
export type NewCycleRow = Insertable<CycleTable>;
