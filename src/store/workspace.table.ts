import type { Generated, Insertable, Selectable } from 'kysely';

export interface WorkspaceTable {
  id: Generated<number>;
  name: string;
  /** URL-safe form of the name, unique too: `Acme Support` → `acme-support`. */
  slug: string;
  locale: string | null;
  currency: string | null;
  freelancer: number;
  /** ISO weekday the week starts on: 1 = Monday … 7 = Sunday. */
  week_start: Generated<number>;
  /** JSON object of workspace preferences the file format does not carry. */
  settings: Generated<unknown>;
  version: Generated<number>;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
}

export type WorkspaceRow = Selectable<WorkspaceTable>;
export type NewWorkspaceRow = Insertable<WorkspaceTable>;
