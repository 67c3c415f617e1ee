import type { Kysely } from 'kysely';
import type { Database } from './tables.js';
import type { NewWorkspaceRow, WorkspaceRow } from './workspace.table.js';

export async function findWorkspace(
  db: Kysely<Database>,
  nameOrSlug: string,
): Promise<WorkspaceRow | undefined> {
  return db
    .selectFrom('workspaces')
    .selectAll()
    .where((eb) => eb.or([eb('name', '=', nameOrSlug), eb('slug', '=', nameOrSlug)]))
    .orderBy('id')
    .executeTakeFirst();
}

export async function findWorkspaceById(db: Kysely<Database>, id: number): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listWorkspaceRows(
  db: Kysely<Database>,
  includeArchived = false,
): Promise<WorkspaceRow[]> {
  let q = db.selectFrom('workspaces').selectAll();
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return q.orderBy('name').execute();
}

export async function insertWorkspace(db: Kysely<Database>, row: NewWorkspaceRow): Promise<WorkspaceRow> {
  const { id } = await db.insertInto('workspaces').values(row).returning('id').executeTakeFirstOrThrow();
  const inserted = await findWorkspaceById(db, id);
  if (!inserted) throw new Error(`workspace ${id} vanished inside its own transaction`);
  return inserted;
}

/** Applies `patch` only when the stored version is `expectedVersion`; false when stale. */
export async function updateWorkspaceVersioned(
  db: Kysely<Database>,
  id: number,
  expectedVersion: number,
  patch: Partial<Omit<WorkspaceRow, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('workspaces')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteWorkspace(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('workspaces').where('id', '=', id).execute();
}

/** `Acme Support!` → `acme-support`; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'workspace' : slug;
}

/** `base`, or `base-2`, `base-3`… whichever no workspace uses yet. */
export async function freeSlug(db: Kysely<Database>, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await findWorkspace(db, candidate))) return candidate;
  }
}

export async function renameWorkspaceRow(
  db: Kysely<Database>,
  id: number,
  name: string,
  at: number,
): Promise<void> {
  await db
    .updateTable('workspaces')
    .set((eb) => ({ name, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
