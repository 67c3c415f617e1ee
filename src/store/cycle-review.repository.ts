import type { Kysely } from 'kysely';
import type { CycleReviewRow, NewCycleReviewRow } from './cycle-review.table.js';
import type { Database } from './tables.js';

/** The parts of a cycle's notes a write may change. */
export interface CycleReviewNotes {
  readonly achieved?: string;
  readonly learned?: string;
  readonly next?: string;
}

export async function cycleReviewOf(
  db: Kysely<Database>,
  cycleId: number,
): Promise<CycleReviewRow | undefined> {
  return db.selectFrom('cycle_reviews').selectAll().where('cycle_id', '=', cycleId).executeTakeFirst();
}

/** The review of the cycle keyed `key` in a workspace, if it was ever closed with notes kept. */
export async function cycleReviewByKey(
  db: Kysely<Database>,
  workspaceId: number,
  key: string,
): Promise<CycleReviewRow | undefined> {
  return db
    .selectFrom('cycle_reviews')
    .innerJoin('cycles', 'cycles.id', 'cycle_reviews.cycle_id')
    .selectAll('cycle_reviews')
    .where('cycles.workspace_id', '=', workspaceId)
    .where('cycles.key', '=', key)
    .executeTakeFirst();
}

export async function insertCycleReview(db: Kysely<Database>, row: NewCycleReviewRow): Promise<void> {
  await db.insertInto('cycle_reviews').values(row).execute();
}

/** Replaces the parts named, and bumps the version. */
export async function updateCycleReview(
  db: Kysely<Database>,
  existing: CycleReviewRow,
  notes: CycleReviewNotes,
  at: number,
): Promise<void> {
  await db
    .updateTable('cycle_reviews')
    .set({ ...notes, version: existing.version + 1, updated_at: at })
    .where('id', '=', existing.id)
    .execute();
}
