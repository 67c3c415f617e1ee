import { evaluateWorkspace, type HeldWatch, heldWatch } from '../core/evaluate.js';
import { prepareKpi } from '../core/kpi/prepared-kpi.js';
import { changeHeld } from '../core/loop/held.js';
import { type RatchetProposal, ratchetProposals } from '../core/loop/ratchet-proposals.js';
import type { Cycle, Instant, Workspace } from '../core/model.js';
import type { GradeColour } from '../core/report.types.js';
import { cycleSpan } from '../core/time.js';
import type { Store } from '../store/database.js';
import { listAuditLog } from './audit.service.js';
import { NotFoundError } from './errors.js';

/**
 * What a closed cycle looks like: each objective's grade and the ratchet proposals with
 * what the team did about them. Closing a cycle, accepting and declining a proposal are
 * events, so they live in the audit log (entity `cycle` action `close`, entity
 * `ratchet_proposal` with id `cycle/kr`); the workspace file has no place for them.
 */
export interface ObjectiveGrade {
  readonly objective: string;
  readonly title: string;
  readonly progress: number;
  readonly grade: number;
  readonly gradeColour: GradeColour;
  readonly gradeNote: string | null;
}

export type ProposalState = 'pending' | 'accepted' | 'rejected';

export interface ReviewedProposal extends RatchetProposal {
  readonly state: ProposalState;
  /** For an accepted ratchet, when the review is read: did the new standard hold since? */
  readonly held?: HeldWatch;
}

export interface CycleReview {
  readonly cycle: string;
  readonly closedAt: number | null;
  readonly grades: readonly ObjectiveGrade[];
  readonly proposals: readonly ReviewedProposal[];
}

/** When each cycle of the workspace was closed (the first close counts). */
export async function cycleClosures(store: Store, workspace: string): Promise<Map<string, number>> {
  const entries = await listAuditLog(store, workspace, { entity: 'cycle', limit: 1000 });
  const closed = new Map<string, number>();
  for (const e of entries) if (e.action === 'close') closed.set(e.entityId, e.at); // newest first: the oldest wins
  return closed;
}

/**
 * Grades and proposals as of the cycle's last moment: closing early ends the cycle with
 * what is known now, and data entered after the end (late data, users.md §8) does not
 * move a grade that was already given. Given `watchedAt` (now), each accepted ratchet
 * also says whether it held since (domain.md, "Held?").
 */
export async function reviewCycle(
  store: Store,
  workspace: string,
  ws: Workspace,
  cycle: Cycle,
  watchedAt?: Instant,
): Promise<CycleReview> {
  const asOf = cycleSpan(cycle).end;
  const report = evaluateWorkspace(ws, asOf);
  const grades = report.objectives
    .filter((o) => o.cycle === cycle.id)
    .map((o) => ({
      objective: o.id,
      title: o.title,
      progress: o.progress,
      grade: o.grade,
      gradeColour: o.gradeColour,
      gradeNote: o.gradeNote,
    }));
  const decided = await proposalOutcomes(store, workspace, cycle.id);
  const pending = ratchetProposals(ws, cycle.id, asOf).map((p) => ({
    ...p,
    state: decided.get(p.keyResult)?.state ?? ('pending' as const),
  }));
  const accepted = [...decided.values()].filter(
    (d) => d.state === 'accepted' && !pending.some((p) => p.keyResult === d.keyResult),
  );
  const closedAt = (await cycleClosures(store, workspace)).get(cycle.id) ?? null;
  const proposals = [...pending, ...accepted];
  return {
    cycle: cycle.id,
    closedAt,
    grades,
    proposals: watchedAt === undefined ? proposals : proposals.map((p) => withHeld(ws, p, watchedAt)),
  };
}

/** An accepted ratchet with the watch over the move it made, judged as of `at`. */
function withHeld(ws: Workspace, proposal: ReviewedProposal, at: Instant): ReviewedProposal {
  if (proposal.state !== 'accepted') return proposal;
  const kpi = ws.kpis.find((k) => k.id === proposal.kpi);
  const change = kpi?.thresholdHistory?.find((c) => c.keyResult === proposal.keyResult && c.at <= at);
  if (!kpi || !change) return proposal;
  return { ...proposal, held: heldWatch(changeHeld(prepareKpi(kpi), change, at)) };
}

/** The latest accept/reject of each proposal of the cycle, keyed by key result. */
export async function proposalOutcomes(
  store: Store,
  workspace: string,
  cycle: string,
): Promise<Map<string, ReviewedProposal>> {
  const entries = await listAuditLog(store, workspace, { entity: 'ratchet_proposal', limit: 1000 });
  const outcomes = new Map<string, ReviewedProposal>();
  for (const e of entries) {
    const [entryCycle, kr] = splitProposalId(e.entityId);
    if (entryCycle !== cycle || outcomes.has(kr)) continue; // newest first
    const proposal = e.after as RatchetProposal;
    outcomes.set(kr, { ...proposal, state: e.action === 'accept' ? 'accepted' : 'rejected' });
  }
  return outcomes;
}

export function proposalId(cycle: string, keyResult: string): string {
  return `${cycle}/${keyResult}`;
}

function splitProposalId(id: string): [string, string] {
  const slash = id.lastIndexOf('/');
  return [id.slice(0, slash), id.slice(slash + 1)];
}

export function findCycle(ws: Workspace, key: string): Cycle {
  const cycle = ws.cycles.find((c) => c.id === key);
  if (!cycle) throw new NotFoundError('cycle', key);
  return cycle;
}

/**
 * The ratchet proposals of closed cycles no one has answered yet (issue 9, "Safe cycle
 * close"): they stay in Needs attention until accepted or declined. An accepted one drops
 * out by itself (its move is in the KPI's threshold history).
 */
export async function pendingProposals(
  store: Store,
  workspace: string,
  ws: Workspace,
): Promise<ReviewedProposal[]> {
  const closures = await cycleClosures(store, workspace);
  if (closures.size === 0) return [];
  const entries = await listAuditLog(store, workspace, { entity: 'ratchet_proposal', limit: 1000 });
  const answered = new Set(entries.map((e) => e.entityId));
  return ws.cycles
    .filter((cycle) => closures.has(cycle.id))
    .flatMap((cycle) => ratchetProposals(ws, cycle.id, cycleSpan(cycle).end))
    .filter((p) => !answered.has(proposalId(p.cycle, p.keyResult)))
    .map((p) => ({ ...p, state: 'pending' as const }));
}
