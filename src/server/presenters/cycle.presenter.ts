import type { Cycle } from '../../core/model.js';
import type { StoredCycleNotes } from '../../service/cycle-notes.js';
import type { CycleReview, ReviewedProposal } from '../../service/cycle-review.js';

export function presentCycle(cycle: Cycle, closedAt: number | undefined, version: number) {
  return {
    id: cycle.id,
    start: cycle.start,
    end: cycle.end,
    closed: closedAt !== undefined,
    closedAt: closedAt === undefined ? null : new Date(closedAt).toISOString(),
    version,
  };
}

export function presentProposal(p: ReviewedProposal) {
  return {
    kpi: p.kpi,
    keyResult: p.keyResult,
    objective: p.objective,
    cycle: p.cycle,
    from: { ...p.from },
    to: { ...p.to },
    message: p.message,
    state: p.state,
    held: p.held ? { ...p.held } : null,
  };
}

export function presentCycleReview(review: CycleReview, notes: StoredCycleNotes | null) {
  return {
    cycle: review.cycle,
    closedAt: review.closedAt === null ? null : new Date(review.closedAt).toISOString(),
    grades: review.grades.map((g) => ({ ...g })),
    proposals: review.proposals.map(presentProposal),
    notes: notes && { achieved: notes.achieved, learned: notes.learned, next: notes.next },
  };
}
