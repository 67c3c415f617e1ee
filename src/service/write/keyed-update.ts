import { type KeyedRef, type KeyedTable, updateVersioned } from '../../store/keyed.repository.js';
import { staleVersion, ValidationError, type ValidationIssue } from '../errors.js';
import { checkVersion } from '../keyed-writes.js';
import { activeRef } from '../kpi-ref.js';
import type { UnitOfWork } from './unit-of-work.js';

/** What differs between the updates of objectives, key results, teams and initiatives. */
export interface KeyedUpdate<I> {
  readonly table: KeyedTable;
  /** The audit log's and the change feed's name: `key_result`. */
  readonly entity: string;
  /** The name in messages: `key result`. */
  readonly noun: string;
  readonly key: string;
  readonly expectedVersion: number | undefined;
  /** The stored record as callers write it. */
  before(ref: KeyedRef): Promise<I>;
  /** The record after the change. */
  merge(before: I): I;
  /** What is wrong with the changed record; empty when it may be stored. */
  issues(next: I, before: I): ValidationIssue[];
  /** The columns the changed record is stored as. */
  columns(next: I): Promise<Readonly<Record<string, unknown>>>;
  /** What the audit log keeps as the record after the change (default: the record). */
  audited?(next: I): unknown;
}

/**
 * The one update template for keyed records: find the active record, check the caller's
 * version, merge and validate, store with the version bumped, audit, mark as changed.
 * Returns the stored version, so the answer needs no second read.
 */
export async function updateKeyed<I>(
  uow: UnitOfWork,
  spec: KeyedUpdate<I>,
): Promise<{ readonly id: number; readonly version: number; readonly before: I; readonly next: I }> {
  const { trx, workspace, at } = uow;
  const { key, noun } = spec;
  const ref = await activeRef(trx, spec.table, workspace.id, key);
  const version = checkVersion(capitalised(noun), ref, spec.expectedVersion);
  const before = await spec.before(ref);
  const next = spec.merge(before);
  const issues = spec.issues(next, before);
  if (issues.length > 0) throw new ValidationError(`The change to ${noun} "${key}" is not valid:`, issues);
  const values = { ...(await spec.columns(next)), updated_at: at };
  if (!(await updateVersioned(trx, spec.table, ref.id, version, values))) {
    throw staleVersion(capitalised(noun), key, version, version + 1);
  }
  await uow.audit({
    entity: spec.entity,
    entityId: key,
    action: 'update',
    before,
    after: spec.audited ? spec.audited(next) : next,
  });
  uow.touched(spec.entity, key);
  return { id: ref.id, version: version + 1, before, next };
}

/**
 * Archives a keyed record the caller read at `version` and audits it: the one archive of
 * KPIs, objectives and key results (a stale version is the usual conflict).
 */
export async function archiveKeyed(
  uow: UnitOfWork,
  spec: { readonly table: KeyedTable; readonly entity: string; readonly noun: string },
  ref: KeyedRef,
  version: number,
): Promise<void> {
  const { trx, at } = uow;
  if (!(await updateVersioned(trx, spec.table, ref.id, version, { archived_at: at, updated_at: at }))) {
    throw staleVersion(
      capitalised(spec.noun),
      ref.key,
      version,
      version === ref.version ? version + 1 : ref.version,
    );
  }
  await uow.audit({ entity: spec.entity, entityId: ref.key, action: 'archive', after: { archivedAt: at } });
}

function capitalised(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
