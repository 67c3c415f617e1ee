import type { Kysely } from 'kysely';
import {
  type ChildTable,
  childRowById,
  insertChildren,
  nextChildPosition,
} from '../../store/child.repository.js';
import type { Store } from '../../store/database.js';
import { updateVersioned } from '../../store/keyed.repository.js';
import type { Database } from '../../store/tables.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import type { ChangeContext } from '../change-context.js';
import { NotFoundError, staleVersion, ValidationError, type ValidationIssue } from '../errors.js';
import type { Versioned } from '../records.js';
import { inWorkspaceWrite, type UnitOfWork } from './unit-of-work.js';

/**
 * Records without a key of their own that callers edit by id (check-ins, decisions):
 * what differs between them. `I` is the record as callers write it, `R` as it is read.
 */
export interface ChildKind<I, R extends Versioned & { readonly id: number }> {
  readonly table: ChildTable;
  /** The audit log's name: `check_in`. */
  readonly entity: string;
  /** The name in messages: `check-in`. */
  readonly noun: string;
  /** The record live clients are told changed: a check-in changes its key result. */
  touches(input: I, id: number): { readonly entity: string; readonly id: string | number };
  read(store: Store, workspace: string | undefined, id: number): Promise<R>;
  /** The fields callers write, from a read record (for the patch and the audit log). */
  writable(record: R): I;
  issues(input: I): ValidationIssue[];
  /** The columns the record is stored as, foreign keys resolved in the transaction. */
  columns(trx: Kysely<Database>, ws: WorkspaceRow, input: I): Promise<Readonly<Record<string, unknown>>>;
  /** The columns set once, at creation: what the record belongs to. */
  placed(trx: Kysely<Database>, ws: WorkspaceRow, input: I): Promise<Readonly<Record<string, unknown>>>;
  /**
   * What else a created or changed record writes in the same unit of work (a check-in's
   * value as a point of its KR's KPI); `before` is absent on creation.
   */
  written?(uow: UnitOfWork, record: I, before: I | undefined): Promise<void>;
}

/** Inserts one record at the end of the workspace's list and audits it; returns it as read. */
export async function createChild<I, R extends Versioned & { readonly id: number }>(
  store: Store,
  workspace: string | undefined,
  kind: ChildKind<I, R>,
  input: I,
  change: ChangeContext,
): Promise<R> {
  const issues = kind.issues(input);
  if (issues.length > 0) throw new ValidationError(`The ${kind.noun} is not valid:`, issues);
  const { wsName, id } = await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const placed = await kind.placed(trx, ws, input);
    const [id] = await insertChildren(trx, kind.table, [
      {
        workspace_id: ws.id,
        ...placed,
        position: await nextChildPosition(trx, kind.table, ws.id),
        ...(await kind.columns(trx, ws, input)),
        created_at: at,
        updated_at: at,
      } as never,
    ]);
    if (id === undefined) throw new Error(`the ${kind.noun} insert returned no id`);
    await kind.written?.(uow, input, undefined);
    await uow.audit({ entity: kind.entity, entityId: String(id), action: 'create', after: input });
    const touched = kind.touches(input, id);
    uow.touched(touched.entity, touched.id);
    return { wsName: ws.name, id };
  });
  return kind.read(store, wsName, id);
}

/** Applies the patch when the caller read the stored version; returns the record as read. */
export async function updateChild<I, R extends Versioned & { readonly id: number }>(
  store: Store,
  workspace: string | undefined,
  kind: ChildKind<I, R>,
  id: number,
  patch: Partial<I>,
  expectedVersion: number,
  change: ChangeContext,
): Promise<R> {
  const before = await kind.read(store, workspace, id);
  const current = kind.writable(before);
  const next: I = { ...current, ...patch };
  const issues = kind.issues(next);
  if (issues.length > 0) throw new ValidationError(`The change to ${kind.noun} ${id} is not valid:`, issues);
  const wsName = await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const values = { ...(await kind.columns(trx, ws, next)), updated_at: at };
    if (!(await updateVersioned(trx, kind.table, id, expectedVersion, values))) {
      const now = await childRowById(trx, kind.table, ws.id, id);
      throw staleVersion(capitalised(kind.noun), String(id), expectedVersion, now?.version ?? before.version);
    }
    await kind.written?.(uow, next, current);
    await uow.audit({
      entity: kind.entity,
      entityId: String(id),
      action: 'update',
      before: current,
      after: next,
    });
    const touched = kind.touches(next, id);
    uow.touched(touched.entity, touched.id);
    return ws.name;
  });
  return kind.read(store, wsName, id);
}

/** Hides the record (kept for the history) when the caller read the stored version. */
export async function archiveChild<I, R extends Versioned & { readonly id: number }>(
  store: Store,
  workspace: string | undefined,
  kind: ChildKind<I, R>,
  id: number,
  expectedVersion: number,
  change: ChangeContext,
): Promise<void> {
  const before = await kind.read(store, workspace, id);
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const row = await childRowById(trx, kind.table, ws.id, id);
    if (!row || row.archived_at !== null) throw new NotFoundError(kind.noun, String(id));
    if (!(await updateVersioned(trx, kind.table, id, expectedVersion, { archived_at: at, updated_at: at }))) {
      throw staleVersion(capitalised(kind.noun), String(id), expectedVersion, row.version);
    }
    await uow.audit({
      entity: kind.entity,
      entityId: String(id),
      action: 'archive',
      after: { archivedAt: at },
    });
    const touched = kind.touches(kind.writable(before), id);
    uow.touched(touched.entity, touched.id);
  });
}

function capitalised(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
