import type { Kysely } from 'kysely';
import type { Decision } from '../core/model.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import { type ChildMeta, type ChildReader, readChild, readChildren } from './child-reads.js';
import type { ValidationIssue } from './errors.js';
import { activeKpiRef, activeRef, optionalRefId } from './kpi-ref.js';
import { toDecision } from './mappers.js';
import type { DecisionRecord } from './records.js';
import { archiveChild, type ChildKind, createChild, updateChild } from './write/child-writes.js';

const DECISION_READS: ChildReader<'decisions', Omit<DecisionRecord, keyof ChildMeta>> = {
  table: 'decisions',
  noun: 'decision',
  names: ['kpis', 'objectives'],
  present: (row, keyOf) =>
    toDecision(
      row,
      (id) => keyOf('kpis', id),
      (id) => keyOf('objectives', id),
    ),
};

/** The workspace's decisions in the order recorded, optionally for one KPI. */
export async function listDecisions(
  store: Store,
  workspace: string | undefined,
  filter: { readonly kpi?: string; readonly includeArchived?: boolean } = {},
): Promise<DecisionRecord[]> {
  const decisions = await readChildren(store, workspace, DECISION_READS, filter);
  return decisions.filter((d) => filter.kpi === undefined || d.kpi === filter.kpi);
}

export async function getDecision(
  store: Store,
  workspace: string | undefined,
  id: number,
): Promise<DecisionRecord> {
  return readChild(store, workspace, DECISION_READS, id);
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
