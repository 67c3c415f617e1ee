import type { DataPoint } from '../core/model.js';
import { listPointRows } from '../store/data-point.repository.js';
import type { Store } from '../store/database.js';
import { findKeyedRef, keyedRefs, updateVersioned } from '../store/keyed.repository.js';
import type { ChangeContext } from './change-context.js';
import { ConflictError, NotFoundError, staleVersion } from './errors.js';
import { checkVersion, freeKey } from './keyed-writes.js';
import { createKpi, getKpi, type KpiInput, type KpiPatch, listKpis, updateKpi } from './kpi.service.js';
import { toDataPoint } from './mappers.js';
import type { KpiRecord } from './records.js';
import { resolveWorkspace } from './workspace-ref.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

/**
 * The KPI edits the API and the web make, over kpi.service: an id derived from the name
 * when none is given, and no move of the healthy range without a reason (users.md §6:
 * "every change to a target or threshold needs a reason and shows in the history").
 */
export async function createKpiFromName(
  store: Store,
  workspace: string,
  input: Omit<KpiInput, 'id'> & { readonly id?: string },
  change: ChangeContext,
): Promise<KpiRecord> {
  const id = input.id ?? (await freeKey(store, workspace, 'kpis', input.name, 'KPI'));
  return createKpi(store, workspace, { ...input, id }, change);
}

/** Edits a KPI; a moved healthy range needs a reason (kpi.service keeps that rule). */
export function editKpi(
  store: Store,
  workspace: string,
  key: string,
  patch: KpiPatch,
  expectedVersion: number,
  change: ChangeContext,
): Promise<KpiRecord> {
  return updateKpi(store, workspace, key, patch, expectedVersion, change);
}

/** The archived KPIs with their points, newest archive first: what Restore offers. */
export async function archivedKpis(
  store: Store,
  workspace: string,
): Promise<(KpiRecord & { readonly points: DataPoint[] })[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  const archived = (await listKpis(store, workspace, { includeArchived: true })).filter(
    (k) => k.archivedAt !== undefined,
  );
  const refs = await keyedRefs(store.db, 'kpis', ws.id);
  const withPoints = await Promise.all(
    archived.map(async (k) => {
      const ref = refs.get(k.id);
      const points = ref ? (await listPointRows(store.db, ref.id)).map(toDataPoint) : [];
      return { ...k, points };
    }),
  );
  return withPoints.sort((a, b) => (b.archivedAt ?? 0) - (a.archivedAt ?? 0));
}

/** Brings an archived KPI back, with its points, history and decisions (issue 9: archive and restore). */
export async function restoreKpi(
  store: Store,
  workspace: string,
  key: string,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<KpiRecord> {
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const ref = await findKeyedRef(trx, 'kpis', ws.id, key);
    if (!ref) throw new NotFoundError('KPI', key);
    if (ref.archived_at === null)
      throw new ConflictError(`KPI "${key}" is not archived; there is nothing to restore.`);
    const version = checkVersion('KPI', ref, expectedVersion);
    if (!(await updateVersioned(trx, 'kpis', ref.id, version, { archived_at: null, updated_at: at }))) {
      throw staleVersion('KPI', key, version, version + 1);
    }
    await uow.audit({
      entity: 'kpi',
      entityId: key,
      action: 'restore',
      before: { archivedAt: ref.archived_at },
    });
    uow.touched('kpi', key);
  });
  return getKpi(store, workspace, key);
}
