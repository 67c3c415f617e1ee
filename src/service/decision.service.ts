import type { Decision } from '../core/model.js';
import { appendAudit } from '../store/audit-log.repository.js';
import { childRowById, childRows, insertChildren, nextChildPosition } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { keyedRows, updateVersioned } from '../store/keyed.repository.js';
import { type ChangeContext, changeTime } from './change-context.js';
import { NotFoundError, staleVersion, ValidationError, type ValidationIssue } from './errors.js';
import { activeKpiRef, optionalRefId } from './kpi-ref.js';
import { keyLookup, optional, toDecision } from './mappers.js';
import type { DecisionRecord } from './records.js';
import { resolveWorkspace } from './workspace-ref.js';

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

/** Records a response to a KPI signal (domain.md: the loop). */
export async function createDecision(
  store: Store,
  workspace: string | undefined,
  input: Decision,
  change: ChangeContext,
): Promise<DecisionRecord> {
  const issues = decisionIssues(input);
  if (issues.length > 0) throw new ValidationError('The decision is not valid:', issues);
  const at = changeTime(change);
  const { wsName, id } = await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const kpi = await activeKpiRef(trx, ws.id, input.kpi);
    const [id] = await insertChildren(trx, 'decisions', [
      {
        workspace_id: ws.id,
        kpi_id: kpi.id,
        position: await nextChildPosition(trx, 'decisions', ws.id),
        at: input.at,
        decided_by: input.by,
        text: input.text,
        objective_id: await optionalRefId(trx, 'objectives', ws.id, input.objective),
        created_at: at,
        updated_at: at,
      },
    ]);
    if (id === undefined) throw new Error('the decision insert returned no id');
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'decision',
        entity_id: String(id),
        action: 'create',
        after: input,
      },
    ]);
    return { wsName: ws.name, id };
  });
  return getDecision(store, wsName, id);
}

export async function updateDecision(
  store: Store,
  workspace: string | undefined,
  id: number,
  patch: Partial<Decision>,
  expectedVersion: number,
  change: ChangeContext,
): Promise<DecisionRecord> {
  const before = await getDecision(store, workspace, id);
  const { id: _id, version: _v, archivedAt: _a, ...current } = before;
  const next: Decision = { ...current, ...patch };
  const issues = decisionIssues(next);
  if (issues.length > 0) throw new ValidationError(`The change to decision ${id} is not valid:`, issues);
  const at = changeTime(change);
  const wsName = await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const values = {
      kpi_id: (await activeKpiRef(trx, ws.id, next.kpi)).id,
      at: next.at,
      decided_by: next.by,
      text: next.text,
      objective_id: await optionalRefId(trx, 'objectives', ws.id, next.objective),
      updated_at: at,
    };
    if (!(await updateVersioned(trx, 'decisions', id, expectedVersion, values))) {
      const now = await childRowById(trx, 'decisions', ws.id, id);
      throw staleVersion('Decision', String(id), expectedVersion, now?.version ?? before.version);
    }
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'decision',
        entity_id: String(id),
        action: 'update',
        before: current,
        after: next,
      },
    ]);
    return ws.name;
  });
  return getDecision(store, wsName, id);
}

export async function archiveDecision(
  store: Store,
  workspace: string | undefined,
  id: number,
  expectedVersion: number,
  change: ChangeContext,
): Promise<void> {
  const at = changeTime(change);
  await store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, workspace);
    const row = await childRowById(trx, 'decisions', ws.id, id);
    if (!row || row.archived_at !== null) throw new NotFoundError('decision', String(id));
    if (
      !(await updateVersioned(trx, 'decisions', id, expectedVersion, { archived_at: at, updated_at: at }))
    ) {
      throw staleVersion('Decision', String(id), expectedVersion, row.version);
    }
    await appendAudit(trx, [
      {
        workspace_id: ws.id,
        actor: change.actor,
        at,
        entity: 'decision',
        entity_id: String(id),
        action: 'archive',
        after: { archivedAt: at },
      },
    ]);
  });
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
