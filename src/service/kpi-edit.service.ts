import type { Store } from '../store/database.js';
import type { ChangeContext } from './change-context.js';
import { freeKey } from './keyed-writes.js';
import { createKpi, type KpiInput, type KpiPatch, updateKpi } from './kpi.service.js';
import type { KpiRecord } from './records.js';

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
