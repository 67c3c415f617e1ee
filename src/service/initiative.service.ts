import type { Kysely } from 'kysely';
import type { Initiative, InitiativeStatus } from '../core/model.js';
import { startOfDate } from '../core/time.js';
import { initiativeLinkRows, replaceInitiativeLinks } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { insertKeyed, keyedRows, nextPosition } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import { NotFoundError, ValidationError, type ValidationIssue } from './errors.js';
import { keyFor, keyIssue } from './keyed-writes.js';
import { activeRef, optionalRefId } from './kpi-ref.js';
import { updateKeyed } from './write/keyed-update.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

const STATUSES: readonly InitiativeStatus[] = ['planned', 'in_progress', 'done', 'blocked'];

/** An initiative as callers write it: status defaults to planned, the id to one from the title. */
export type InitiativeInput = Omit<Initiative, 'id' | 'status' | 'keyResults'> & {
  readonly id?: string;
  readonly status?: InitiativeStatus;
  readonly keyResults?: readonly string[];
};

export type InitiativePatch = Partial<Omit<InitiativeInput, 'id'>>;

/** Work that should move one or more key results (domain.md, "Words"); returns its key. */
export async function createInitiative(
  store: Store,
  workspace: string | undefined,
  input: InitiativeInput,
  change: ChangeContext,
): Promise<string> {
  const issues = [...keyIssue(input.id), ...initiativeIssues(input)];
  if (issues.length > 0) throw new ValidationError('The initiative is not valid:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const key = await keyFor(trx, 'initiatives', ws.id, input.id, input.title, 'initiative');
    const id = await insertKeyed(trx, 'initiatives', {
      workspace_id: ws.id,
      key,
      title: input.title.trim(),
      owner_id: await optionalRefId(trx, 'people', ws.id, input.owner),
      status: input.status ?? 'planned',
      due_date: input.due ?? null,
      position: await nextPosition(trx, 'initiatives', ws.id),
      created_at: at,
      updated_at: at,
    });
    await replaceInitiativeLinks(trx, id, await keyResultIds(trx, ws.id, input.keyResults ?? []));
    await uow.audit({ entity: 'initiative', entityId: key, action: 'create', after: { ...input, id: key } });
    uow.touched('initiative', key);
    return key;
  });
}

/** Edits an initiative and, when the patch names them, the key results it moves; returns the stored version. */
export async function updateInitiative(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: InitiativePatch,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<number> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    const { id, version } = await updateKeyed<InitiativeInput>(uow, {
      table: 'initiatives',
      entity: 'initiative',
      noun: 'initiative',
      key,
      expectedVersion,
      before: (ref) => inputOf(trx, ws.id, ref.id, key),
      merge: (before) => ({ ...before, ...patch }),
      issues: initiativeIssues,
      columns: async (next) => ({
        title: next.title.trim(),
        owner_id: await optionalRefId(trx, 'people', ws.id, next.owner),
        status: next.status ?? 'planned',
        due_date: next.due ?? null,
      }),
    });
    if (patch.keyResults !== undefined) {
      await replaceInitiativeLinks(trx, id, await keyResultIds(trx, ws.id, patch.keyResults));
    }
    return version;
  });
}

async function keyResultIds(trx: Kysely<Database>, wsId: number, keys: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const key of new Set(keys)) ids.push((await activeRef(trx, 'key_results', wsId, key)).id);
  return ids;
}

async function inputOf(
  trx: Kysely<Database>,
  wsId: number,
  id: number,
  key: string,
): Promise<InitiativeInput> {
  const all = { includeArchived: true };
  const [rows, people, keyResults, links] = await Promise.all([
    keyedRows(trx, 'initiatives', wsId, all),
    keyedRows(trx, 'people', wsId, all),
    keyedRows(trx, 'key_results', wsId, all),
    initiativeLinkRows(trx, wsId),
  ]);
  const row = rows.find((r) => r.id === id);
  if (!row) throw new NotFoundError('initiative', key);
  const owner = people.find((p) => p.id === row.owner_id)?.key;
  return {
    title: row.title,
    ...(owner !== undefined && { owner }),
    keyResults: links
      .filter((l) => l.initiative_id === id)
      .flatMap((l) => keyResults.find((kr) => kr.id === l.key_result_id)?.key ?? []),
    status: STATUSES.find((s) => s === row.status) ?? 'planned',
    ...(row.due_date !== null && { due: row.due_date }),
  };
}

function initiativeIssues(i: InitiativeInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof i.title !== 'string' || i.title.trim() === '')
    issues.push({ path: 'title', message: 'say what the work is, e.g. "Introduce a triage rota"' });
  if (i.status !== undefined && !STATUSES.includes(i.status))
    issues.push({ path: 'status', message: `use one of ${STATUSES.join(', ')}` });
  if (i.due !== undefined && startOfDate(i.due) === undefined)
    issues.push({ path: 'due', message: 'use a real date like 2026-12-15' });
  return issues;
}
