import type { Kysely } from 'kysely';
import { CADENCES, type Kpi, type Range } from '../core/model.js';
import { appendAudit } from '../store/audit-log.repository.js';
import { childRows, insertChildren, nextChildPosition } from '../store/child.repository.js';
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
import { type ChangeContext, changeTime } from './change-context.js';
import {
  ConflictError,
  NotFoundError,
  staleVersion,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
import { activeKpiRef, optionalRefId } from './kpi-ref.js';
import { asCadence, keyLookup, optional, toRange, toThresholdChange } from './mappers.js';
import type { KpiRecord } from './records.js';
import { resolveWorkspace } from './workspace-ref.js';

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
  const at = changeTime(change);
  const ws = await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
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
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'kpi',
        entity_id: input.id,
        action: 'create',
        after: input,
      },
    ]);
    return ws;
  });
  return getKpi(store, ws.name, input.id);
}

/**
 * Edits a KPI the caller read at `expectedVersion`; a newer stored version means someone
 * else edited it first, and the caller gets a ConflictError instead of overwriting them.
 * A moved healthy range is appended to the threshold history (users.md §6).
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
  const next: KpiInput = { ...stripRecord(before), ...fields, id: key };
  const issues = kpiIssues(next);
  if (issues.length > 0) throw new ValidationError(`The change to KPI "${key}" is not valid:`, issues);
  const at = changeTime(change);
  const wsName = await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const ref = await activeKpiRef(trx, ws.id, key);
    const values = await kpiColumns(trx, ws.id, next);
    if (!(await updateVersioned(trx, 'kpis', ref.id, expectedVersion, { ...values, updated_at: at }))) {
      throw staleVersion('KPI', key, expectedVersion, ref.version);
    }
    if (!sameRange(before.healthy, next.healthy)) {
      await insertChildren(trx, 'threshold_changes', [
        {
          workspace_id: ws.id,
          kpi_id: ref.id,
          position: await nextChildPosition(trx, 'threshold_changes', ws.id),
          at,
          from_min: before.healthy?.min ?? null,
          from_max: before.healthy?.max ?? null,
          to_min: next.healthy?.min ?? null,
          to_max: next.healthy?.max ?? null,
          key_result_id: await optionalRefId(trx, 'key_results', ws.id, keyResult),
          reason: reason ?? null,
          created_at: at,
          updated_at: at,
        },
      ]);
    }
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'kpi',
        entity_id: key,
        action: 'update',
        before,
        after: { ...next, reason },
      },
    ]);
    return ws.name;
  });
  return getKpi(store, wsName, key);
}

/** Hides the KPI (and its points) from the workspace; its history stays in the store. */
export async function archiveKpi(
  store: Store,
  workspace: string | undefined,
  key: string,
  expectedVersion: number,
  change: ChangeContext,
): Promise<void> {
  const at = changeTime(change);
  await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const ref = await activeKpiRef(trx, ws.id, key);
    await refuseWhileLinked(trx, ws.id, ref.id, key);
    if (!(await updateVersioned(trx, 'kpis', ref.id, expectedVersion, { archived_at: at, updated_at: at }))) {
      throw staleVersion('KPI', key, expectedVersion, ref.version);
    }
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'kpi',
        entity_id: key,
        action: 'archive',
        after: { archivedAt: at },
      },
    ]);
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
  const at = changeTime(change);
  await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const ref = await findKeyedRef(trx, 'kpis', ws.id, key);
    if (!ref) throw new NotFoundError('KPI', key);
    await refuseWhileLinked(trx, ws.id, ref.id, key);
    await deleteById(trx, 'kpis', ref.id);
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'kpi',
        entity_id: key,
        action: 'purge',
        before,
      },
    ]);
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
    throw new ConflictError(
      `KPI "${key}" is linked by key result ${linked.map((kr) => `"${kr.key}"`).join(', ')}; unlink or archive ${linked.length === 1 ? 'it' : 'them'} first.`,
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
    if (!range) continue;
    for (const bound of ['min', 'max'] as const) {
      const v = range[bound];
      if (v !== undefined && !Number.isFinite(v))
        issues.push({ path: `${path}.${bound}`, message: 'must be a finite number' });
    }
    if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
      issues.push({ path, message: `min ${range.min} is above max ${range.max}` });
    }
  }
  return issues;
}

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  return a?.min === b?.min && a?.max === b?.max;
}
