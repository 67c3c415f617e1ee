import type { Insertable, Selectable } from 'kysely';
import type { KeyedColumns } from './common.table.js';

export interface TeamTable extends KeyedColumns {
  name: string;
  /** Teams form a tree: company → department → team. */
  parent_id: number | null;
}

export type TeamRow = Selectable<TeamTable>;
export type NewTeamRow = Insertable<TeamTable>;
