import type { Generated, Insertable, Selectable } from 'kysely';

/** Append-only: who changed what, when, and the record before and after. */
export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: number | null;
  /** `user:<id>`, `token:<id>`, `system`, or `cli:<os user>`. */
  actor: string;
  at: number;
  entity: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
