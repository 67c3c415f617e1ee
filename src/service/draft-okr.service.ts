import { type DraftTargets, draftOkrFromKpi } from '../core/loop/draft-okr.js';
import type { Instant, Objective, Workspace } from '../core/model.js';
import type { Store } from '../store/database.js';
import { keyedRefs } from '../store/keyed.repository.js';
import type { ChangeContext } from './change-context.js';
import { ConflictError, NotFoundError } from './errors.js';
import { createObjective } from './objective.service.js';
import { resolveWorkspace } from './workspace-ref.js';

export interface DraftOutcome {
  readonly objective: Objective;
  readonly created: boolean;
  readonly targets: DraftTargets;
  readonly ratchets: boolean;
}

/**
 * domain.md, "Drafted OKR from a KPI", over the store: the draft for a KPI outside its
 * range, with ids no record holds yet (archived ones included), and when asked, the
 * objective and its key result created in one transaction.
 */
export async function draftOkr(
  store: Store,
  workspace: string,
  ws: Workspace,
  kpi: string,
  asOf: Instant,
  create: ChangeContext | null,
  stretch = false,
): Promise<DraftOutcome> {
  const row = await resolveWorkspace(store.db, workspace);
  const [objectives, keyResults] = await Promise.all([
    keyedRefs(store.db, 'objectives', row.id),
    keyedRefs(store.db, 'key_results', row.id),
  ]);
  const ids = {
    objective: freeIn(objectives, `${kpi}-back-to-healthy`),
    keyResult: freeIn(keyResults, `${kpi}-back-to-healthy-kr`),
  };
  const draft = draftOkrFromKpi(ws, kpi, asOf, { ids, stretch });
  if (!draft.ok) {
    if (draft.reason === 'unknown_kpi') throw new NotFoundError('KPI', kpi);
    throw new ConflictError(draft.message);
  }
  const outcome = { objective: draft.objective, targets: draft.targets, ratchets: draft.ratchets };
  if (create === null) return { ...outcome, created: false };
  const { keyResults: krs, ...objective } = draft.objective;
  await createObjective(
    store,
    workspace,
    { ...objective, keyResults: krs.map(({ checkIns: _none, ...kr }) => kr) },
    create,
  );
  return { ...outcome, created: true };
}

function freeIn(taken: ReadonlyMap<string, unknown>, base: string): string {
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(key)) return key;
  }
}
