import type { Kysely } from 'kysely';
import { kpiRangeIssues } from '../core/kpi/range-rules.js';
import { movesWithoutReason, sameRange } from '../core/kpi/threshold-move.js';
import { CADENCES, type Kpi } from '../core/model.js';
import { childRows } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import {
  deleteById,
  findKeyedRef,
  insertKeyed,
  keyedRows,
  nextPosition,
  updateVersioned,
} from '../store/keyed.repository.js';
import type { KpiRow } from '../store/kpi.table.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import {
  ConflictError,
  NotFoundError,
  staleVersion,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
import { activeKpiRef, activeRef, optionalRefId } from './kpi-ref.js';
import { asCadence, keyLookup, optional, toRange, toThresholdChange } from './mappers.js';
import type { KpiRecord } from './records.js';
import { resolveWorkspace } from './workspace-ref.js';
import { archiveKeyed } from './write/keyed-update.js';
import { recordThresholdMove } from './write/threshold-move.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

export type KpiInput = Omit<Kpi, 'points' | 'thresholdHistory'>;

export interface KpiPatch extends Partial<Omit<KpiInput, 'id'>> {
  /** Why the healthy range moved: recorded in the KPI's threshold history. */
  readonly reason?: string;
  /** The achieved key result that justified a ratchet. */
  readonly keyResult?: string;
}

export async function listKpis(
  store: Store,
  workspace: string | undefined,
  options: { readonly includeArchived?: boolean } = {},
): Promise<KpiRecord[]> {
  const db = store.db;
  const ws = await resolveWorkspace(db, workspace);
  const rows = await keyedRows(db, 'kpis', ws.id, { includeArchived: options.includeArchived ?? false });
  const all = { includeArchived: true };
  const [people, teams, keyResults, thresholds] = await Promise.all([
    keyedRows(db, 'people', ws.id, all),
    keyedRows(db, 'teams', ws.id, all),
    keyedRows(db, 'key_results', ws.id, all),
    childRows(db, 'threshold_changes', ws.id, { includeArchived: false }),
  ]);
  const [personKey, teamKey, krKey] = [keyLookup(people), keyLookup(teams), keyLookup(keyResults)];
  return rows.map((row) => {
    const history = thresholds.filter((t) => t.kpi_id === row.id).map((t) => toThresholdChange(t, krKey));
    return {
      id: row.key,
      name: row.name,
      ...optional('unit', row.unit),
      ...optional('owner', personKey(row.owner_id)),
      ...optional('team', teamKey(row.team_id)),
      cadence: asCadence(row.cadence),
      ...optional('healthy', toRange(row.healthy_min, row.healthy_max)),
      ...optional('warning', toRange(row.warning_min, row.warning_max)),
      ...(history.length > 0 ? { thresholdHistory: history } : {}),
      version: row.version,
      ...optional('archivedAt', row.archived_at),
    };
  });
}

export async function getKpi(store: Store, workspace: string | undefined, key: string): Promise<KpiRecord> {
  const found = (await listKpis(store, workspace, { includeArchived: true })).find((k) => k.id === key);
  if (!found) throw new NotFoundError('KPI', key);
  return found;
}

export async function createKpi(
  store: Store,
  workspace: string | undefined,
  input: KpiInput,
  change: ChangeContext,
): Promise<KpiRecord> {
  const issues = kpiIssues(input);
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(input.id ?? '')) {
    issues.push({ path: 'id', message: 'use letters, digits, - and _ (e.g. first-response-time)' });
  }
  if (issues.length > 0) throw new ValidationError('The KPI is not valid:', issues);
  const wsName = await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    if (await findKeyedRef(trx, 'kpis', ws.id, input.id)) {
      throw new ConflictError(
        `The workspace already has a KPI "${input.id}" (perhaps archived); choose another id.`,
      );
    }
    const values = await kpiColumns(trx, ws.id, input);
    await insertKeyed(trx, 'kpis', {
      ...values,
      workspace_id: ws.id,
      key: input.id,
      position: await nextPosition(trx, 'kpis', ws.id),
      created_at: at,
      updated_at: at,
    });
    await uow.audit({ entity: 'kpi', entityId: input.id, action: 'create', after: input });
    uow.touched('kpi', input.id);
    return ws.name;
  });
  return getKpi(store, wsName, input.id);
}

/**
 * Edits a KPI the caller read at `expectedVersion`; a newer stored version means someone
 * else edited it first, and the caller gets a ConflictError instead of overwriting them.
 * A moved healthy range needs a reason and joins the threshold history (users.md §6).
 * Answers the KPI as stored, without reading it again.
 */
export async function updateKpi(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: KpiPatch,
  expectedVersion: number,
  change: ChangeContext,
): Promise<KpiRecord> {
  const before = await getKpi(store, workspace, key);
  const { reason, keyResult, ...fields } = patch;
  if ('healthy' in patch && movesWithoutReason(before.healthy, patch.healthy, reason)) {
    throw new ValidationError(`Moving the healthy range of “${before.name}” needs a reason:`, [
      { path: 'reason', message: 'say why the threshold moves; it is kept in the threshold history' },
    ]);
  }
  const next: KpiInput = { ...stripRecord(before), ...fields, id: key };
  const issues = kpiIssues(next);
  if (issues.length > 0) throw new ValidationError(`The change to “${before.name}” is not valid:`, issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const ref = await activeKpiRef(trx, ws.id, key);
    const values = await kpiColumns(trx, ws.id, next);
    if (!(await updateVersioned(trx, 'kpis', ref.id, expectedVersion, { ...values, updated_at: at }))) {
      throw staleVersion('KPI', key, expectedVersion, ref.version);
    }
    const history = [...(before.thresholdHistory ?? [])];
    if (!sameRange(before.healthy, next.healthy)) {
      const kr = keyResult === undefined ? undefined : await activeRef(trx, 'key_results', ws.id, keyResult);
      history.push(
        await recordThresholdMove(uow, {
          kpiId: ref.id,
          from: before.healthy,
          to: next.healthy,
          ...(kr && { keyResult: { id: kr.id, key: kr.key } }),
          reason: reason ?? null,
        }),
      );
    }
    await uow.audit({ entity: 'kpi', entityId: key, action: 'update', before, after: { ...next, reason } });
    uow.touched('kpi', key);
    return {
      id: key,
      name: values.name,
      ...optional('unit', values.unit),
      ...optional('owner', next.owner),
      ...optional('team', next.team),
      cadence: asCadence(values.cadence),
      ...optional('healthy', toRange(values.healthy_min ?? null, values.healthy_max ?? null)),
      ...optional('warning', toRange(values.warning_min ?? null, values.warning_max ?? null)),
      ...(history.length > 0 ? { thresholdHistory: history } : {}),
      version: expectedVersion + 1,
    };
  });
}

/** Hides the KPI (and its points) from the workspace; its history stays in the store. */
export async function archiveKpi(
  store: Store,
  workspace: string | undefined,
  key: string,
  expectedVersion: number,
  change: ChangeContext,
): Promise<void> {
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    const ref = await activeKpiRef(trx, ws.id, key);
    await refuseWhileLinked(trx, ws.id, ref.id, key);
    await archiveKeyed(uow, { table: 'kpis', entity: 'kpi', noun: 'KPI' }, ref, expectedVersion);
    uow.touched('kpi', key);
  });
}

/** Deletes the KPI, its points, decisions and threshold history for good. */
export async function purgeKpi(
  store: Store,
  workspace: string | undefined,
  key: string,
  change: ChangeContext,
): Promise<void> {
  const before = await getKpi(store, workspace, key);
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    const ref = await findKeyedRef(trx, 'kpis', ws.id, key);
    if (!ref) throw new NotFoundError('KPI', key);
    await refuseWhileLinked(trx, ws.id, ref.id, key);
    await deleteById(trx, 'kpis', ref.id);
    await uow.audit({ entity: 'kpi', entityId: key, action: 'purge', before });
    uow.touched('kpi', key);
  });
}

async function refuseWhileLinked(
  trx: Kysely<Database>,
  wsId: number,
  kpiId: number,
  key: string,
): Promise<void> {
  const linked = (await keyedRows(trx, 'key_results', wsId, { includeArchived: false })).filter(
    (kr) => kr.kpi_id === kpiId,
  );
  if (linked.length > 0) {
    // Records by their titles, never their ids (issue 9, item 8).
    const kpi = (await keyedRows(trx, 'kpis', wsId, { includeArchived: true })).find((k) => k.id === kpiId);
    throw new ConflictError(
      `${kpi?.name ?? `KPI "${key}"`} is linked by the key result ${linked.map((kr) => `“${kr.title}”`).join(', ')}; unlink or archive ${linked.length === 1 ? 'it' : 'them'} first.`,
    );
  }
}

async function kpiColumns(
  trx: Kysely<Database>,
  wsId: number,
  k: KpiInput,
): Promise<Partial<KpiRow> & Pick<KpiRow, 'name' | 'cadence'>> {
  return {
    name: k.name,
    unit: k.unit ?? null,
    owner_id: await optionalRefId(trx, 'people', wsId, k.owner),
    team_id: await optionalRefId(trx, 'teams', wsId, k.team),
    cadence: k.cadence,
    healthy_min: k.healthy?.min ?? null,
    healthy_max: k.healthy?.max ?? null,
    warning_min: k.warning?.min ?? null,
    warning_max: k.warning?.max ?? null,
  };
}

function stripRecord(record: KpiRecord): KpiInput {
  const { version: _v, archivedAt: _a, thresholdHistory: _t, ...input } = record;
  return input;
}

function kpiIssues(k: KpiInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof k.name !== 'string' || k.name.trim() === '')
    issues.push({ path: 'name', message: 'give the KPI a name' });
  if (!CADENCES.includes(k.cadence))
    issues.push({ path: 'cadence', message: `use one of ${CADENCES.join(', ')}` });
  for (const [path, range] of [
    ['healthy', k.healthy],
    ['warning', k.warning],
  ] as const) {
    for (const bound of ['min', 'max'] as const) {
      const v = range?.[bound];
      if (v !== undefined && !Number.isFinite(v))
        issues.push({ path: `${path}.${bound}`, message: 'must be a finite number' });
    }
  }
  for (const issue of kpiRangeIssues(k.healthy, k.warning)) {
    if (issue.severity === 'error') issues.push({ path: issue.path.join('.'), message: issue.message });
  }
  return issues;
}
