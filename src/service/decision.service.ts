import type { Kysely } from 'kysely';
import type { Decision } from '../core/model.js';
import type { Database } from '../store/tables.js';
import type { ChildMeta, ChildReader } from './child-reads.js';
import { type ChildWrites, childRecords } from './child-records.js';
import type { ValidationIssue } from './errors.js';
import { activeKpiRef, activeRef, optionalRefId } from './kpi-ref.js';
import { toDecision } from './mappers.js';
import type { DecisionRecord } from './records.js';

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

/**
 * A decision's `by` is the id of a person of the workspace, as the workspace file's
 * reference rules say, so whatever the API stores `ratchet import` takes back (issue 13,
 * defect 5). Every path that writes a decision checks it here.
 */
export async function decidingPerson(db: Kysely<Database>, workspaceId: number, by: string): Promise<string> {
  return (await activeRef(db, 'people', workspaceId, by)).key;
}

const DECISION_WRITES: ChildWrites<Decision, DecisionRecord> = {
  entity: 'decision',
  touches: (_d, id) => ({ entity: 'decision', id }),
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

const decisions = childRecords(DECISION_READS, 'kpi', DECISION_WRITES);

/** The workspace's decisions in the order recorded, optionally for one KPI. */
export const listDecisions = decisions.list;
export const getDecision = decisions.get;
/** Records a response to a KPI signal (domain.md: the loop). */
export const createDecision = decisions.create;
export const updateDecision = decisions.update;
export const archiveDecision = decisions.archive;

function decisionIssues(d: Decision): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Number.isSafeInteger(d.at))
    issues.push({ path: 'at', message: 'give the instant as whole epoch milliseconds' });
  if (typeof d.by !== 'string' || d.by.trim() === '') issues.push({ path: 'by', message: 'say who decided' });
  if (typeof d.text !== 'string' || d.text.trim() === '')
    issues.push({ path: 'text', message: 'say what was decided' });
  return issues;
}
