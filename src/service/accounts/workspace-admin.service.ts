import type { Kysely } from 'kysely';
import { insertMemberPerson } from '../../store/accounts/member-person.repository.js';
import { memberCounts, upsertMembership } from '../../store/accounts/membership.repository.js';
import { findUserById } from '../../store/accounts/user.repository.js';
import type { Store } from '../../store/database.js';
import type { Database } from '../../store/tables.js';
import {
  deleteWorkspace,
  findWorkspace,
  freeSlug,
  insertWorkspace,
  listWorkspaceRows,
  renameWorkspaceRow,
  slugify,
} from '../../store/workspace.repository.js';
import type { ChangeContext } from '../change-context.js';
import { insertCurrentCycle } from '../cycle.service.js';
import { ConflictError, ValidationError } from '../errors.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import { personKeyFromEmail } from './account-input.js';

export interface WorkspaceSummary {
  readonly name: string;
  readonly slug: string;
  readonly freelancer: boolean;
  readonly members: number;
  readonly owners: number;
  readonly createdAt: number;
}

export interface NewWorkspaceInput {
  readonly name: string;
  readonly freelancer?: boolean;
  readonly locale?: string;
  readonly currency?: string;
  /** The account that becomes its owner (and a person in it); none from the command line. */
  readonly ownerUserId?: number;
}

/**
 * A new, empty workspace with a free slug. Names are unique (a name or a slug is how
 * every command and path finds a workspace), so a taken name is a conflict, not a suffix.
 */
export async function createWorkspace(
  store: Store,
  input: NewWorkspaceInput,
  change: ChangeContext & { readonly at: number },
): Promise<WorkspaceSummary> {
  const name = checkedName(input.name);
  const created = async (trx: Kysely<Database>) => {
    await refuseTakenName(trx, name);
    return insertWorkspace(trx, {
      name,
      slug: await freeSlug(trx, slugify(name)),
      locale: input.locale ?? null,
      currency: input.currency ?? null,
      freelancer: input.freelancer ? 1 : 0,
      archived_at: null,
      created_at: change.at,
      updated_at: change.at,
    });
  };
  return inWorkspaceWrite(store, created, change, async ({ trx, workspace, at, audit }) => {
    await insertCurrentCycle(trx, workspace.id, at);
    const owner = input.ownerUserId === undefined ? undefined : await findUserById(trx, input.ownerUserId);
    if (owner) {
      const personId = await insertMemberPerson(trx, {
        workspaceId: workspace.id,
        key: personKeyFromEmail(owner.email),
        name: owner.name,
        email: owner.email,
        at,
      });
      await upsertMembership(trx, {
        workspaceId: workspace.id,
        userId: owner.id,
        role: 'owner',
        personId,
        at,
      });
    }
    await audit({
      entity: 'workspace',
      entityId: workspace.slug,
      action: 'create',
      after: { name, freelancer: Boolean(input.freelancer) },
    });
    return {
      name,
      slug: workspace.slug,
      freelancer: Boolean(input.freelancer),
      members: owner ? 1 : 0,
      owners: owner ? 1 : 0,
      createdAt: at,
    };
  });
}

export async function listWorkspaces(db: Kysely<Database>): Promise<WorkspaceSummary[]> {
  const [rows, counts] = await Promise.all([listWorkspaceRows(db), memberCounts(db)]);
  return rows.map((w) => ({
    name: w.name,
    slug: w.slug,
    freelancer: Boolean(w.freelancer),
    members: counts.get(w.id)?.members ?? 0,
    owners: counts.get(w.id)?.owners ?? 0,
    createdAt: Number(w.created_at),
  }));
}

/** A new name; the slug stays, so links, tokens and scripts keep working. */
export async function renameWorkspace(
  store: Store,
  workspace: string,
  newName: string,
  change: ChangeContext,
): Promise<{ readonly slug: string; readonly name: string }> {
  const name = checkedName(newName);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    if (name !== uow.workspace.name) await refuseTakenName(uow.trx, name);
    await renameWorkspaceRow(uow.trx, uow.workspace.id, name, uow.at);
    await uow.audit({
      entity: 'workspace',
      entityId: uow.workspace.slug,
      action: 'rename',
      before: { name: uow.workspace.name },
      after: { name },
    });
    uow.touched('workspace', uow.workspace.slug);
    return { slug: uow.workspace.slug, name };
  });
}

/** Deletes the workspace and everything in it: its records, history, memberships and tokens. */
export async function removeWorkspace(
  db: Kysely<Database>,
  workspace: string,
): Promise<{ readonly name: string; readonly slug: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await resolveWorkspace(trx, workspace);
    await deleteWorkspace(trx, row.id);
    return { name: row.name, slug: row.slug };
  });
}

function checkedName(raw: string): string {
  const name = raw.trim();
  if (name === '' || name.length > 120) {
    throw new ValidationError('The workspace needs a name.', [
      { path: 'name', message: 'Name it in 1 to 120 characters, e.g. your company or "My freelance work".' },
    ]);
  }
  return name;
}

async function refuseTakenName(db: Kysely<Database>, name: string): Promise<void> {
  const taken = await findWorkspace(db, name);
  if (taken && taken.name === name) {
    throw new ConflictError(
      `A workspace is already called "${name}" (slug ${taken.slug}); choose another name.`,
    );
  }
}
