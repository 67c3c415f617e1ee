import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface PersonTable extends KeyedColumns {
  name: string;
  email: string | null;
}

export type PersonRow = Selectable<PersonTable>;
export type NewPersonRow = Insertable<PersonTable>;
