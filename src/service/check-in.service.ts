import type { CheckIn } from '../core/model.js';
import type { Store } from '../store/database.js';
import { linkedKpi } from '../store/key-result.repository.js';
import { type ChangeContext, changeTime } from './change-context.js';
import type { ChildMeta, ChildReader } from './child-reads.js';
import { type ChildWrites, childRecords } from './child-records.js';
import { ingestPointsIn } from './data-point.service.js';
import type { ValidationIssue } from './errors.js';
import { activeRef } from './kpi-ref.js';
import { toCheckIn } from './mappers.js';
import type { CheckInRecord } from './records.js';
import { recomputeFormulas } from './sources/recompute-formulas.js';
import { resolveWorkspace } from './workspace-ref.js';
import type { UnitOfWork } from './write/unit-of-work.js';

const CHECK_IN_READS: ChildReader<'check_ins', Omit<CheckInRecord, keyof ChildMeta>> = {
  table: 'check_ins',
  noun: 'check-in',
  names: ['key_results'],
  present: (row, keyOf) => ({ ...toCheckIn(row), keyResult: keyOf('key_results', row.key_result_id) ?? '' }),
};

/** A check-in as written, with the key result it belongs to. */
type PlacedCheckIn = CheckIn & { readonly keyResult: string };

const CHECK_IN_WRITES: ChildWrites<PlacedCheckIn, CheckInRecord> = {
  entity: 'check_in',
  touches: (c) => ({ entity: 'key_result', id: c.keyResult }),
  writable: ({ id: _id, version: _v, archivedAt: _a, keyResult, ...current }) => ({ keyResult, ...current }),
  issues: checkInIssues,
  columns: async (_trx, _ws, c) => checkInColumns(c),
  placed: async (trx, ws, c) => ({
    key_result_id: (await activeRef(trx, 'key_results', ws.id, c.keyResult)).id,
  }),
  written: async (uow, c, before) => {
    if (before && before.value === c.value && before.at === c.at && before.note === c.note) return;
    await recordAsKpiPoint(uow, c);
    if (!before) uow.emit('key_result.check_in', { keyResult: c.keyResult, value: c.value, at: c.at });
  },
};

const checkIns = childRecords(CHECK_IN_READS, 'keyResult', CHECK_IN_WRITES);

/** Check-ins in the order recorded, optionally for one key result. */
export const listCheckIns = checkIns.list;
export const getCheckIn = checkIns.get;
export const archiveCheckIn = checkIns.archive;

/**
 * domain.md, "KPI-linked key result": on a key result linked to a KPI, the check-in's
 * value is also a point of that KPI (source `check-in`), written in the same transaction,
 * so the KR's current value (the KPI's latest) and its progress move at once.
 */
async function recordAsKpiPoint(uow: UnitOfWork, c: PlacedCheckIn): Promise<void> {
  const kr = await activeRef(uow.trx, 'key_results', uow.workspace.id, c.keyResult);
  const kpi = await linkedKpi(uow.trx, kr.id);
  if (!kpi || kpi.archived_at !== null) return;
  const point = {
    at: c.at,
    value: c.value,
    source: 'check-in' as const,
    ...(c.note !== undefined && { note: c.note }),
  };
  // The check-in is the newest reading of the KR's owner: at an instant that holds
  // another value it replaces it (audited), as docs/api.md says.
  await ingestPointsIn(uow.trx, uow.workspace.id, kpi, [point], uow.change.actor, uow.at, uow, {
    replace: true,
  });
}

/** Formula KPIs over the key result's KPI follow the value it just took (docs/sources.md). */
async function recomputeOverLinkedKpi(
  store: Store,
  workspace: string | undefined,
  keyResult: string,
  at: number,
) {
  const ws = await resolveWorkspace(store.db, workspace);
  const kr = await activeRef(store.db, 'key_results', ws.id, keyResult);
  const kpi = await linkedKpi(store.db, kr.id);
  if (kpi && kpi.archived_at === null) await recomputeFormulas(store, ws, [kpi.key], at);
}

/** A dated update of a key result: value, confidence (0–1), note, blockers. */
export async function createCheckIn(
  store: Store,
  workspace: string | undefined,
  keyResult: string,
  input: CheckIn,
  change: ChangeContext,
): Promise<CheckInRecord> {
  const created = await checkIns.create(store, workspace, { keyResult, ...input }, change);
  await recomputeOverLinkedKpi(store, workspace, keyResult, changeTime(change));
  return created;
}

export async function updateCheckIn(
  store: Store,
  workspace: string | undefined,
  id: number,
  patch: Partial<CheckIn>,
  expectedVersion: number,
  change: ChangeContext,
): Promise<CheckInRecord> {
  const updated = await checkIns.update(store, workspace, id, patch, expectedVersion, change);
  await recomputeOverLinkedKpi(store, workspace, updated.keyResult, changeTime(change));
  return updated;
}

function checkInColumns(c: CheckIn) {
  return {
    at: c.at,
    value: c.value,
    confidence: c.confidence ?? null,
    note: c.note ?? null,
    blockers: c.blockers ?? null,
  };
}

function checkInIssues(c: CheckIn): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Number.isSafeInteger(c.at))
    issues.push({ path: 'at', message: 'give the instant as whole epoch milliseconds' });
  if (typeof c.value !== 'number' || !Number.isFinite(c.value))
    issues.push({ path: 'value', message: 'must be a finite number' });
  if (c.confidence !== undefined && !(c.confidence >= 0 && c.confidence <= 1)) {
    issues.push({ path: 'confidence', message: 'use a number from 0 (no chance) to 1 (certain)' });
  }
  return issues;
}
