import type { Insertable, Selectable } from 'kysely';
import type { MutableColumns } from './common.table.js';

/** Hours logged on an initiative; not part of the workspace file. */
export interface TimeEntryTable extends MutableColumns {
  initiative_id: number;
  person_id: number;
  date: string;
  hours: number;
  billable: number;
  note: string | null;
}

export type TimeEntryRow = Selectable<TimeEntryTable>;
export type NewTimeEntryRow = Insertable<TimeEntryTable>;
