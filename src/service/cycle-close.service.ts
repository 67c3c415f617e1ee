import type { RatchetProposal } from '../core/loop/ratchet-proposals.js';
import { insertChildren, nextChildPosition } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { keyedRows, updateVersioned } from '../store/keyed.repository.js';
import { type ChangeContext, changeTime } from './change-context.js';
import { type CycleNotes, saveCycleNotes } from './cycle-notes.js';
import {
  type CycleReview,
  cycleClosures,
  findCycle,
  proposalId,
  proposalOutcomes,
  reviewCycle,
} from './cycle-review.js';
import { decidingPerson } from './decision.service.js';
import { ConflictError, NotFoundError } from './errors.js';
import { activeRef } from './kpi-ref.js';
import { loadWorkspace } from './workspace-load.service.js';
import { recordThresholdMove } from './write/threshold-move.js';
import { inWorkspaceWrite, type UnitOfWork } from './write/unit-of-work.js';

/**
 * Closes a cycle: grades every objective in it and lists the ratchet proposals
 * (domain.md, "Ratchet at close"). Closing again answers the same review; the first
 * close is the one recorded, and notes given again replace the parts they name.
 */
export async function closeCycle(
  store: Store,
  workspace: string,
  key: string,
  change: ChangeContext,
  notes?: CycleNotes,
): Promise<CycleReview> {
  const ws = await loadWorkspace(store, workspace);
  const cycle = findCycle(ws, key);
  const review = await reviewCycle(store, workspace, ws, cycle);
  const at = changeTime(change);
  const alreadyClosed = review.closedAt !== null;
  if (alreadyClosed && notes === undefined) return review;
  await inWorkspaceWrite(store, workspace, { ...change, at }, async (uow) => {
    const ref = await activeRef(uow.trx, 'cycles', uow.workspace.id, key);
    await saveCycleNotes(uow, { id: ref.id, key }, notes);
    if (alreadyClosed) return;
    await uow.audit({
      entity: 'cycle',
      entityId: key,
      action: 'close',
      after: { grades: review.grades, proposals: review.proposals },
    });
    uow.touched('cycle', key);
    uow.emit('cycle.closed', { cycle: key, grades: review.grades, proposals: review.proposals });
    for (const proposal of review.proposals) uow.emit('ratchet.proposed', { ...proposal, cycle: key });
  });
  return alreadyClosed ? review : { ...review, closedAt: at };
}

export interface ProposalAnswer {
  /** Who decided, as the decision records it (a person's name). */
  readonly by: string;
  readonly reason?: string;
}

/**
 * Locks in an achieved key result as the KPI's new standard: in one transaction the
 * KPI's healthy bound moves to the KR's target, the move joins its threshold history,
 * and a decision records who accepted it (domain.md: "Accepting it is a recorded decision").
 */
export function acceptProposal(
  store: Store,
  workspace: string,
  cycle: string,
  keyResult: string,
  answer: ProposalAnswer,
  change: ChangeContext,
): Promise<RatchetProposal> {
  return answerProposal(
    store,
    workspace,
    { cycle, keyResult, answer, change },
    'accept',
    async (uow, proposal) => {
      const { trx, workspace: ws, at } = uow;
      const kpiRef = await activeRef(trx, 'kpis', ws.id, proposal.kpi);
      const kpi = (await keyedRows(trx, 'kpis', ws.id, { includeArchived: false })).find(
        (k) => k.id === kpiRef.id,
      );
      if (
        !kpi ||
        kpi.healthy_min !== (proposal.from.min ?? null) ||
        kpi.healthy_max !== (proposal.from.max ?? null)
      ) {
        throw new ConflictError(
          `The healthy range of ${kpi ? `“${kpi.name}”` : `KPI "${proposal.kpi}"`} changed since the proposal was made; close the cycle again to see it anew.`,
        );
      }
      const kr = await activeRef(trx, 'key_results', ws.id, keyResult);
      // The reason is read by people (the KPI page's key, the digest): it names the KR by its title.
      const krTitle = (await keyedRows(trx, 'key_results', ws.id, { includeArchived: false })).find(
        (r) => r.id === kr.id,
      )?.title;
      const reason =
        answer.reason ?? `Ratchet at the close of ${cycle}: “${krTitle ?? keyResult}” was achieved.`;
      const moved = await updateVersioned(trx, 'kpis', kpi.id, kpi.version, {
        healthy_min: proposal.to.min ?? null,
        healthy_max: proposal.to.max ?? null,
        updated_at: at,
      });
      if (!moved) throw new ConflictError(`“${kpi.name}” changed while the ratchet was applied; try again.`);
      await recordThresholdMove(uow, {
        kpiId: kpi.id,
        from: proposal.from,
        to: proposal.to,
        keyResult: { id: kr.id, key: keyResult },
        reason,
      });
      await uow.audit({
        entity: 'kpi',
        entityId: proposal.kpi,
        action: 'update',
        before: { healthy: proposal.from },
        after: { healthy: proposal.to, reason, keyResult },
      });
      uow.touched('kpi', proposal.kpi);
      uow.emit('ratchet.accepted', { ...proposal, cycle, by: answer.by, reason });
      return `Ratcheted: ${proposal.message}`;
    },
  );
}

/** Declines a proposal: the KPI keeps its range, and a decision says so and why. */
export function rejectProposal(
  store: Store,
  workspace: string,
  cycle: string,
  keyResult: string,
  answer: ProposalAnswer,
  change: ChangeContext,
): Promise<RatchetProposal> {
  return answerProposal(store, workspace, { cycle, keyResult, answer, change }, 'reject', async () => {
    return `Kept the healthy range as it is, declining the ratchet from the close of ${cycle}${answer.reason ? `: ${answer.reason}` : '.'}`;
  });
}

/**
 * Either answer to a proposal, in one unit of work: what the answer changes (`apply`,
 * which returns the decision's text), then the decision that records it (domain.md:
 * accepting is a recorded decision, and so is declining) and the answer, both audited.
 */
async function answerProposal(
  store: Store,
  workspace: string,
  asked: {
    readonly cycle: string;
    readonly keyResult: string;
    readonly answer: ProposalAnswer;
    readonly change: ChangeContext;
  },
  how: 'accept' | 'reject',
  apply: (uow: UnitOfWork, proposal: RatchetProposal) => Promise<string>,
): Promise<RatchetProposal> {
  const { cycle, keyResult, answer, change } = asked;
  const proposal = await openProposal(store, workspace, cycle, keyResult, how);
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const text = await apply(uow, proposal);
    const kpi = await activeRef(trx, 'kpis', ws.id, proposal.kpi);
    const objective = await activeRef(trx, 'objectives', ws.id, proposal.objective);
    const decisionId = await insertProposalDecision(trx, ws.id, kpi.id, objective.id, answer.by, text, at);
    await uow.audit(
      {
        entity: 'decision',
        entityId: String(decisionId),
        action: 'create',
        after: { kpi: proposal.kpi, at, by: answer.by, text, objective: proposal.objective },
      },
      { entity: 'ratchet_proposal', entityId: proposalId(cycle, keyResult), action: how, after: proposal },
    );
  });
  return proposal;
}

/** The proposal still waiting for (or, to accept, declined earlier and open to) an answer. */
async function openProposal(
  store: Store,
  workspace: string,
  cycle: string,
  keyResult: string,
  answer: 'accept' | 'reject',
): Promise<RatchetProposal> {
  const ws = await loadWorkspace(store, workspace);
  const found = findCycle(ws, cycle);
  if (!(await cycleClosures(store, workspace)).has(cycle)) {
    throw new ConflictError(
      `Cycle "${cycle}" is still open: close it first, then answer its ratchet proposals.`,
    );
  }
  const outcome = (await proposalOutcomes(store, workspace, cycle)).get(keyResult);
  if (outcome?.state === 'accepted') {
    throw new ConflictError(`The ratchet from key result "${keyResult}" was already accepted.`);
  }
  if (outcome?.state === 'rejected' && answer === 'reject') {
    throw new ConflictError(`The ratchet from key result "${keyResult}" was already declined.`);
  }
  const review = await reviewCycle(store, workspace, ws, found);
  const proposal = review.proposals.find((p) => p.keyResult === keyResult);
  if (!proposal) {
    throw new NotFoundError(
      'ratchet proposal for key result',
      keyResult,
      `Only an achieved key result of cycle "${cycle}" linked to a KPI, with a target stricter than the KPI's healthy bound, proposes a ratchet.`,
    );
  }
  const { state: _state, ...plain } = proposal;
  return plain;
}

/** The decision that answers a ratchet proposal, either way (domain.md: accepting is a recorded decision). */
async function insertProposalDecision(
  trx: Parameters<typeof insertChildren>[0],
  workspaceId: number,
  kpiId: number,
  objectiveId: number,
  by: string,
  text: string,
  at: number,
): Promise<number | undefined> {
  const [decisionId] = await insertChildren(trx, 'decisions', [
    {
      workspace_id: workspaceId,
      kpi_id: kpiId,
      position: await nextChildPosition(trx, 'decisions', workspaceId),
      at,
      decided_by: await decidingPerson(trx, workspaceId, by),
      text,
      objective_id: objectiveId,
      created_at: at,
      updated_at: at,
    },
  ]);
  return decisionId;
}
