import type { Generated } from 'kysely';

/**
 * Columns every mutable record shares: a surrogate id, the workspace it belongs to, a
 * `version` for optimistic concurrency, `archived_at` for soft deletion, and a
 * `position` that keeps the order the user wrote things in (so an export reproduces the
 * imported file exactly). Instants are epoch milliseconds (see dialect.ts).
 */
export interface MutableColumns {
  id: Generated<number>;
  workspace_id: number;
  position: number;
  version: Generated<number>;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
}

/** Records the workspace file names with an id (`churn`) carry it as `key`. */
export interface KeyedColumns extends MutableColumns {
  key: string;
}
