import type { Generated, Insertable, Selectable } from 'kysely';

/** The notes written when a cycle closes (migration 2026-11-23-003); one row per cycle. */
export interface CycleReviewTable {
  id: Generated<number>;
  workspace_id: number;
  cycle_id: number;
  achieved: string | null;
  learned: string | null;
  next: string | null;
  closed_at: number;
  /** The caller's actor text, as the audit log names it. */
  closed_by: string | null;
  version: Generated<number>;
  created_at: number;
  updated_at: number;
}

export type CycleReviewRow = Selectable<CycleReviewTable>;
export type NewCycleReviewRow = Insertable<CycleReviewTable>;
