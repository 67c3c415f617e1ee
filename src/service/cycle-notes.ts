import {
  cycleReviewByKey,
  cycleReviewOf,
  insertCycleReview,
  updateCycleReview,
} from '../store/cycle-review.repository.js';
import type { Store } from '../store/database.js';
import { resolveWorkspace } from './workspace-ref.js';
import type { UnitOfWork } from './write/unit-of-work.js';

/** What the team wrote when it closed the cycle; each part may be left out. */
export interface CycleNotes {
  readonly achieved?: string;
  readonly learned?: string;
  readonly next?: string;
}

export interface StoredCycleNotes {
  readonly achieved: string | null;
  readonly learned: string | null;
  readonly next: string | null;
  readonly closedBy: string | null;
  readonly version: number;
}

/**
 * Records the notes of a cycle inside the closing transaction. The first close creates
 * the row; closing again with notes replaces the parts it names (the rest stay).
 */
export async function saveCycleNotes(
  uow: UnitOfWork,
  cycle: { readonly id: number; readonly key: string },
  notes: CycleNotes | undefined,
): Promise<void> {
  const { trx, at } = uow;
  const existing = await cycleReviewOf(trx, cycle.id);
  const given = {
    ...(notes?.achieved !== undefined && { achieved: notes.achieved }),
    ...(notes?.learned !== undefined && { learned: notes.learned }),
    ...(notes?.next !== undefined && { next: notes.next }),
  };
  if (!existing) {
    await insertCycleReview(trx, {
      workspace_id: uow.workspace.id,
      cycle_id: cycle.id,
      achieved: given.achieved ?? null,
      learned: given.learned ?? null,
      next: given.next ?? null,
      closed_at: at,
      closed_by: uow.change.actor,
      created_at: at,
      updated_at: at,
    });
  } else {
    if (Object.keys(given).length === 0) return;
    await updateCycleReview(trx, existing, given, at);
  }
  if (Object.keys(given).length === 0) return;
  await uow.audit({
    entity: 'cycle_review',
    entityId: cycle.key,
    action: existing ? 'update' : 'create',
    ...(existing && {
      before: { achieved: existing.achieved, learned: existing.learned, next: existing.next },
    }),
    after: given,
  });
}

/** The stored notes of a cycle, or null when it was closed before notes were kept (or is open). */
export async function readCycleNotes(
  store: Store,
  workspace: string,
  cycle: string,
): Promise<StoredCycleNotes | null> {
  const ws = await resolveWorkspace(store.db, workspace);
  const row = await cycleReviewByKey(store.db, ws.id, cycle);
  if (!row) return null;
  return {
    achieved: row.achieved,
    learned: row.learned,
    next: row.next,
    closedBy: row.closed_by,
    version: row.version,
  };
}
