import type { ChildTable } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import type { ChangeContext } from './change-context.js';
import { type ChildMeta, type ChildReader, readChild, readChildren } from './child-reads.js';
import { archiveChild, type ChildKind, createChild, updateChild } from './write/child-writes.js';

/** A list filter: the key of the record the children belong to, and whether archived ones count. */
export type ChildFilter<P extends string> = { readonly [K in P]?: string } & {
  readonly includeArchived?: boolean;
};

/** How one kind of child record is written: all of ChildKind but what its reader says. */
export type ChildWrites<I, R extends ChildMeta> = Omit<ChildKind<I, R>, 'table' | 'noun' | 'read'>;

/**
 * The list, get, create, update and archive of one kind of child record (check-ins,
 * decisions, time entries), made from how it is read and written, so that each service
 * declares only what differs. `parent` is the field that names what a record belongs to
 * (a check-in's `keyResult`), by which the list may be filtered.
 */
export function childRecords<
  T extends ChildTable,
  P extends string,
  R extends { readonly [K in P]: string },
  I,
>(reader: ChildReader<T, R>, parent: P, writes: ChildWrites<I, R & ChildMeta>) {
  const get = (store: Store, workspace: string | undefined, id: number): Promise<R & ChildMeta> =>
    readChild(store, workspace, reader, id);
  const kind: ChildKind<I, R & ChildMeta> = { ...writes, table: reader.table, noun: reader.noun, read: get };
  return {
    /** The records in the order written, optionally of one parent. */
    async list(store: Store, workspace: string | undefined, filter: ChildFilter<P> = {}) {
      const wanted: string | undefined = filter[parent];
      const records = await readChildren(store, workspace, reader, filter);
      return records.filter((r) => wanted === undefined || r[parent] === wanted);
    },
    get,
    create: (store: Store, workspace: string | undefined, input: I, change: ChangeContext) =>
      createChild(store, workspace, kind, input, change),
    /** Applies the patch when the caller read the stored version. */
    update: (
      store: Store,
      workspace: string | undefined,
      id: number,
      patch: Partial<I>,
      expectedVersion: number,
      change: ChangeContext,
    ) => updateChild(store, workspace, kind, id, patch, expectedVersion, change),
    /** Hides the record (kept for the history) when the caller read the stored version. */
    archive: (
      store: Store,
      workspace: string | undefined,
      id: number,
      expectedVersion: number,
      change: ChangeContext,
    ) => archiveChild(store, workspace, kind, id, expectedVersion, change),
  };
}
