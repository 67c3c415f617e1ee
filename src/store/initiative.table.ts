import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface InitiativeTable extends KeyedColumns {
  title: string;
  owner_id: number | null;
  status: string;
  due_date: string | null;
}

/** Which key results an initiative should move, in the order the user listed them. */
export interface InitiativeKeyResultTable {
  initiative_id: number;
  key_result_id: number;
  position: number;
}

export type InitiativeRow = Selectable<InitiativeTable>;
export type NewInitiativeRow = Insertable<InitiativeTable>;
export type InitiativeKeyResultRow = Selectable<InitiativeKeyResultTable>;
