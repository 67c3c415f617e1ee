import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';
import { findWorkspace, listWorkspaceRows } from '../store/workspace.repository.js';
import type { WorkspaceRow } from '../store/workspace.table.js';
import { NotFoundError } from './errors.js';

/**
 * The workspace a caller names, by name or slug. Without a name, the only workspace in
 * the database (a freelancer's usual case); with several, the caller must choose.
 */
export async function resolveWorkspace(db: Kysely<Database>, name?: string): Promise<WorkspaceRow> {
  if (name !== undefined) {
    const row = await findWorkspace(db, name);
    if (!row || row.archived_at !== null) {
      const known = (await listWorkspaceRows(db)).map((w) => w.name);
      throw new NotFoundError(
        'workspace',
        name,
        known.length === 0
          ? 'The database has no workspace yet: import one with `ratchet import <file.yaml>`.'
          : `Known workspaces: ${known.join(', ')}.`,
      );
    }
    return row;
  }
  const all = await listWorkspaceRows(db);
  const [only] = all;
  if (all.length === 1 && only) return only;
  if (all.length === 0) {
    throw new NotFoundError(
      'workspace',
      '',
      '',
      'The database has no workspace yet: import one with `ratchet import <file.yaml>`.',
    );
  }
  throw new NotFoundError(
    'workspace',
    '',
    '',
    `The database holds several workspaces (${all.map((w) => w.name).join(', ')}); name one with --workspace.`,
  );
}
