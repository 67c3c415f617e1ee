import type { Kysely } from 'kysely';
import type { KeyResult } from '../core/model.js';
import { followedKrTitle } from '../core/okr/kr-title.js';
import type { Store } from '../store/database.js';
import { toDbBoolean } from '../store/dialect.js';
import type { KeyResultRow, NewKeyResultRow } from '../store/key-result.table.js';
import { deleteById, findKeyedRef, insertKeyed, keyedRows, nextPosition } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import type { ChangeContext } from './change-context.js';
import { NotFoundError, ValidationError, type ValidationIssue } from './errors.js';
import { checkVersion, keyFor, keyIssue } from './keyed-writes.js';
import { activeRef, optionalRefId } from './kpi-ref.js';
import { archiveKeyed, updateKeyed } from './write/keyed-update.js';
import { inWorkspaceWrite, type UnitOfWork } from './write/unit-of-work.js';

/** A key result as callers write it: the file's fields, the id optional (derived from the title). */
export type KeyResultInput = Omit<KeyResult, 'id' | 'checkIns' | 'weight'> & {
  readonly id?: string;
  readonly weight?: number;
};

export interface KeyResultPatch extends Partial<Omit<KeyResultInput, 'id'>> {
  /** Why the target or baseline moved (users.md §6: nothing silently relaxed). */
  readonly reason?: string;
}

/** Adds a key result to an objective; returns its key. */
export async function createKeyResult(
  store: Store,
  workspace: string | undefined,
  objective: string,
  input: KeyResultInput,
  change: ChangeContext,
): Promise<string> {
  const issues = [...keyIssue(input.id), ...keyResultIssues(input)];
  if (issues.length > 0) throw new ValidationError('The key result is not valid:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const parent = await activeRef(uow.trx, 'objectives', uow.workspace.id, objective);
    const [key] = await insertKeyResults(uow, parent.id, objective, [input]);
    uow.touched('key_result', key as string);
    return key as string;
  });
}

/** Inserts key results of one objective and audits each; used by objective creation too. */
export async function insertKeyResults(
  uow: UnitOfWork,
  objectiveId: number,
  objectiveKey: string,
  inputs: readonly KeyResultInput[],
): Promise<string[]> {
  const { trx, workspace: ws, at } = uow;
  const keys: string[] = [];
  for (const input of inputs) {
    const key = await keyFor(trx, 'key_results', ws.id, input.id, input.title, 'key result');
    await insertKeyed(trx, 'key_results', {
      ...(await keyResultColumns(trx, ws.id, input)),
      workspace_id: ws.id,
      objective_id: objectiveId,
      key,
      position: await nextPosition(trx, 'key_results', ws.id),
      created_at: at,
      updated_at: at,
    });
    await uow.audit({
      entity: 'key_result',
      entityId: key,
      action: 'create',
      after: { ...input, id: key, objective: objectiveKey },
    });
    keys.push(key);
  }
  return keys;
}

/**
 * Edits a key result. A moved target or baseline must say why: the reason lands in the
 * audit log next to the old and new numbers. A title generated from the old numbers is
 * generated again from the new ones; one a person wrote is kept (`followedKrTitle`).
 * Returns the stored version.
 */
export async function updateKeyResult(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: KeyResultPatch,
  expectedVersion: number | undefined,
  change: ChangeContext,
): Promise<number> {
  const { reason, ...fields } = patch;
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    const { version } = await updateKeyed<KeyResultInput>(uow, {
      table: 'key_results',
      entity: 'key_result',
      noun: 'key result',
      key,
      expectedVersion,
      async before(ref) {
        const rows = await keyedRows(trx, 'key_results', ws.id, { includeArchived: false });
        const row = rows.find((r) => r.id === ref.id);
        if (!row) throw new NotFoundError('key result', key);
        return inputOf(trx, ws.id, row);
      },
      merge(before) {
        const next = { ...before, ...fields };
        if (fields.title !== undefined) return next;
        const format = { locale: ws.locale ?? undefined, currency: ws.currency ?? undefined };
        return { ...next, title: followedKrTitle(before.title, before, next, format) };
      },
      issues(next, before) {
        const issues = keyResultIssues(next);
        const moved = before.target !== next.target || before.baseline !== next.baseline;
        if (moved && before.target !== undefined && (reason === undefined || reason.trim() === '')) {
          issues.push({
            path: 'reason',
            message: 'say why the target or baseline moves; it is kept in the history',
          });
        }
        return issues;
      },
      columns: (next) => keyResultColumns(trx, ws.id, next),
      audited: (next) => ({ ...next, ...(reason ? { reason } : {}) }),
    });
    return version;
  });
}

/** Key results as the audit log, the change feed and messages name them. */
export const KEY_RESULTS = { table: 'key_results', entity: 'key_result', noun: 'key result' } as const;

/** Hides the key result and its check-ins; `purge` deletes them for good. */
export async function removeKeyResult(
  store: Store,
  workspace: string | undefined,
  key: string,
  options: { readonly purge: boolean; readonly expectedVersion?: number },
  change: ChangeContext,
): Promise<void> {
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws } = uow;
    uow.touched('key_result', key);
    if (options.purge) {
      const ref = await findKeyedRef(trx, 'key_results', ws.id, key);
      if (!ref) throw new NotFoundError('key result', key);
      await deleteById(trx, 'key_results', ref.id);
      await uow.audit({ entity: 'key_result', entityId: key, action: 'purge' });
      return;
    }
    const ref = await activeRef(trx, 'key_results', ws.id, key);
    const version = checkVersion('Key result', ref, options.expectedVersion);
    await archiveKeyed(uow, KEY_RESULTS, ref, version);
  });
}

async function keyResultColumns(
  trx: Kysely<Database>,
  wsId: number,
  kr: KeyResultInput,
): Promise<
  Omit<NewKeyResultRow, 'workspace_id' | 'objective_id' | 'key' | 'position' | 'created_at' | 'updated_at'>
> {
  return {
    title: kr.title.trim(),
    owner_id: await optionalRefId(trx, 'people', wsId, kr.owner),
    baseline: kr.baseline ?? null,
    target: kr.target ?? null,
    unit: kr.unit ?? null,
    weight: kr.weight ?? 1,
    kpi_id: await optionalRefId(trx, 'kpis', wsId, kr.kpi),
    milestone: kr.milestone === undefined ? null : toDbBoolean(kr.milestone),
    done: kr.done === undefined ? null : toDbBoolean(kr.done),
  };
}

async function inputOf(trx: Kysely<Database>, wsId: number, row: KeyResultRow): Promise<KeyResultInput> {
  const all = { includeArchived: true };
  const [people, kpis] = await Promise.all([
    keyedRows(trx, 'people', wsId, all),
    keyedRows(trx, 'kpis', wsId, all),
  ]);
  const owner = people.find((p) => p.id === row.owner_id)?.key;
  const kpi = kpis.find((k) => k.id === row.kpi_id)?.key;
  return {
    title: row.title,
    ...(owner !== undefined && { owner }),
    ...(row.baseline !== null && { baseline: row.baseline }),
    ...(row.target !== null && { target: row.target }),
    ...(row.unit !== null && { unit: row.unit }),
    weight: row.weight,
    ...(kpi !== undefined && { kpi }),
    ...(row.milestone !== null && { milestone: Boolean(row.milestone) }),
    ...(row.done !== null && { done: Boolean(row.done) }),
  };
}

export function keyResultIssues(kr: KeyResultInput, prefix = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (field: string) => `${prefix}${field}`;
  if (typeof kr.title !== 'string' || kr.title.trim() === '')
    issues.push({ path: at('title'), message: 'say what outcome the key result measures' });
  for (const field of ['baseline', 'target', 'weight'] as const) {
    const v = kr[field];
    if (v !== undefined && !Number.isFinite(v))
      issues.push({ path: at(field), message: 'must be a finite number' });
  }
  if (kr.weight !== undefined && !(kr.weight > 0))
    issues.push({ path: at('weight'), message: 'use a weight above 0' });
  if (!kr.milestone && kr.baseline !== undefined && kr.baseline === kr.target) {
    issues.push({
      path: at('target'),
      message: 'the target must differ from the baseline (domain.md: never equal)',
    });
  }
  return issues;
}
