import type { CheckIn } from '../core/model.js';
import { appendAudit } from '../store/audit-log.repository.js';
import { childRowById, childRows, insertChildren, nextChildPosition } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { keyedRows, updateVersioned } from '../store/keyed.repository.js';
import { type ChangeContext, changeTime } from './change-context.js';
import { NotFoundError, staleVersion, ValidationError, type ValidationIssue } from './errors.js';
import { activeRef } from './kpi-ref.js';
import { keyLookup, optional, toCheckIn } from './mappers.js';
import type { CheckInRecord } from './records.js';
import { resolveWorkspace } from './workspace-ref.js';

/** Check-ins in the order recorded, optionally for one key result. */
export async function listCheckIns(
  store: Store,
  workspace: string | undefined,
  filter: { readonly keyResult?: string; readonly includeArchived?: boolean } = {},
): Promise<CheckInRecord[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  const [rows, keyResults] = await Promise.all([
    childRows(store.db, 'check_ins', ws.id, { includeArchived: filter.includeArchived ?? false }),
    keyedRows(store.db, 'key_results', ws.id, { includeArchived: true }),
  ]);
  const krKey = keyLookup(keyResults);
  return rows
    .map((row) => ({
      ...toCheckIn(row),
      id: row.id,
      keyResult: krKey(row.key_result_id) ?? '',
      version: row.version,
      ...optional('archivedAt', row.archived_at),
    }))
    .filter((c) => filter.keyResult === undefined || c.keyResult === filter.keyResult);
}

export async function getCheckIn(
  store: Store,
  workspace: string | undefined,
  id: number,
): Promise<CheckInRecord> {
  const found = (await listCheckIns(store, workspace, { includeArchived: true })).find((c) => c.id === id);
  if (!found) throw new NotFoundError('check-in', String(id));
  return found;
}

/** A dated update of a key result: value, confidence (0–1), note, blockers. */
export async function createCheckIn(
  store: Store,
  workspace: string | undefined,
  keyResult: string,
  input: CheckIn,
  change: ChangeContext,
): Promise<CheckInRecord> {
  const issues = checkInIssues(input);
  if (issues.length > 0) throw new ValidationError('The check-in is not valid:', issues);
  const at = changeTime(change);
  const { wsName, id } = await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const kr = await activeRef(trx, 'key_results', ws.id, keyResult);
    const [id] = await insertChildren(trx, 'check_ins', [
      {
        workspace_id: ws.id,
        key_result_id: kr.id,
        position: await nextChildPosition(trx, 'check_ins', ws.id),
        ...checkInColumns(input),
        created_at: at,
        updated_at: at,
      },
    ]);
    if (id === undefined) throw new Error('the check-in insert returned no id');
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'check_in',
        entity_id: String(id),
        action: 'create',
        after: { keyResult, ...input },
      },
    ]);
    return { wsName: ws.name, id };
  });
  return getCheckIn(store, wsName, id);
}

export async function updateCheckIn(
  store: Store,
  workspace: string | undefined,
  id: number,
  patch: Partial<CheckIn>,
  expectedVersion: number,
  change: ChangeContext,
): Promise<CheckInRecord> {
  const before = await getCheckIn(store, workspace, id);
  const { id: _id, version: _v, archivedAt: _a, keyResult, ...current } = before;
  const next: CheckIn = { ...current, ...patch };
  const issues = checkInIssues(next);
  if (issues.length > 0) throw new ValidationError(`The change to check-in ${id} is not valid:`, issues);
  const at = changeTime(change);
  const wsName = await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    if (
      !(await updateVersioned(trx, 'check_ins', id, expectedVersion, {
        ...checkInColumns(next),
        updated_at: at,
      }))
    ) {
      const now = await childRowById(trx, 'check_ins', ws.id, id);
      throw staleVersion('Check-in', String(id), expectedVersion, now?.version ?? before.version);
    }
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'check_in',
        entity_id: String(id),
        action: 'update',
        before: { keyResult, ...current },
        after: { keyResult, ...next },
      },
    ]);
    return ws.name;
  });
  return getCheckIn(store, wsName, id);
}

export async function archiveCheckIn(
  store: Store,
  workspace: string | undefined,
  id: number,
  expectedVersion: number,
  change: ChangeContext,
): Promise<void> {
  const at = changeTime(change);
  await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const row = await childRowById(trx, 'check_ins', ws.id, id);
    if (!row || row.archived_at !== null) throw new NotFoundError('check-in', String(id));
    if (
      !(await updateVersioned(trx, 'check_ins', id, expectedVersion, { archived_at: at, updated_at: at }))
    ) {
      throw staleVersion('Check-in', String(id), expectedVersion, row.version);
    }
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'check_in',
        entity_id: String(id),
        action: 'archive',
        after: { archivedAt: at },
      },
    ]);
  });
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
