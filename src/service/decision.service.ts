import type { Kysely } from 'kysely';
import type { Decision } from '../core/model.js';
import { childRows } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { keyedRows } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import { NotFoundError, type ValidationIssue } from './errors.js';
import { activeKpiRef, activeRef, optionalRefId } from './kpi-ref.js';
import { keyLookup, optional, toDecision } from './mappers.js';
import type { DecisionRecord } from './records.js';
import { resolveWorkspace } from './workspace-ref.js';
import { archiveChild, type ChildKind, createChild, updateChild } from './write/child-writes.js';

/** The workspace's decisions in the order recorded, optionally for one KPI. */
export async function listDecisions(
  store: Store,
  workspace: string | undefined,
  filter: { readonly kpi?: string; readonly includeArchived?: boolean } = {},
): Promise<DecisionRecord[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  const all = { includeArchived: true };
  const [rows, kpis, objectives] = await Promise.all([
    childRows(store.db, 'decisions', ws.id, { includeArchived: filter.includeArchived ?? false }),
    keyedRows(store.db, 'kpis', ws.id, all),
    keyedRows(store.db, 'objectives', ws.id, all),
  ]);
  const [kpiKey, objectiveKey] = [keyLookup(kpis), keyLookup(objectives)];
  return rows
    .map((row) => ({
      ...toDecision(row, kpiKey, objectiveKey),
      id: row.id,
      version: row.version,
      ...optional('archivedAt', row.archived_at),
    }))
    .filter((d) => filter.kpi === undefined || d.kpi === filter.kpi);
}

export async function getDecision(
  store: Store,
  workspace: string | undefined,
  id: number,
): Promise<DecisionRecord> {
  const found = (await listDecisions(store, workspace, { includeArchived: true })).find((d) => d.id === id);
  if (!found) throw new NotFoundError('decision', String(id));
  return found;
}

/**
 * A decision's `by` is the id of a person of the workspace, as the workspace file's
 * reference rules say, so whatever the API stores `ratchet import` takes back (issue 13,
 * defect 5). Every path that writes a decision checks it here.
 */
export async function decidingPerson(db: Kysely<Database>, workspaceId: number, by: string): Promise<string> {
  return (await activeRef(db, 'people', workspaceId, by)).key;
}

const DECISIONS: ChildKind<Decision, DecisionRecord> = {
  table: 'decisions',
  entity: 'decision',
  noun: 'decision',
  touches: (_d, id) => ({ entity: 'decision', id }),
  read: getDecision,
  writable: ({ id: _id, version: _v, archivedAt: _a, ...current }) => current,
  issues: decisionIssues,
  columns: async (trx, ws, d) => ({
    kpi_id: (await activeKpiRef(trx, ws.id, d.kpi)).id,
    at: d.at,
    decided_by: await decidingPerson(trx, ws.id, d.by),
    text: d.text,
    objective_id: await optionalRefId(trx, 'objectives', ws.id, d.objective),
  }),
  placed: async () => ({}),
};

/** Records a response to a KPI signal (domain.md: the loop). */
export function createDecision(
  store: Store,
  workspace: string | undefined,
  input: Decision,
  change: ChangeContext,
): Promise<DecisionRecord> {
  return createChild(store, workspace, DECISIONS, input, change);
}

export function updateDecision(
  store: Store,
  workspace: string | undefined,
  id: number,
  patch: Partial<Decision>,
  expectedVersion: number,
  change: ChangeContext,
): Promise<DecisionRecord> {
  return updateChild(store, workspace, DECISIONS, id, patch, expectedVersion, change);
}

export function archiveDecision(
  store: Store,
  workspace: string | undefined,
  id: number,
  expectedVersion: number,
  change: ChangeContext,
): Promise<void> {
  return archiveChild(store, workspace, DECISIONS, id, expectedVersion, change);
}

function decisionIssues(d: Decision): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Number.isSafeInteger(d.at))
    issues.push({ path: 'at', message: 'give the instant as whole epoch milliseconds' });
  if (typeof d.by !== 'string' || d.by.trim() === '') issues.push({ path: 'by', message: 'say who decided' });
  if (typeof d.text !== 'string' || d.text.trim() === '')
    issues.push({ path: 'text', message: 'say what was decided' });
  return issues;
}
