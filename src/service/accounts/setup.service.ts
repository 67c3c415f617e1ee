import type { Kysely } from 'kysely';
import {
  findPersonIdByEmail,
  freePersonKey,
  insertMemberPerson,
} from '../../store/accounts/member-person.repository.js';
import { upsertMembership } from '../../store/accounts/membership.repository.js';
import { countUsers, insertUser } from '../../store/accounts/user.repository.js';
import type { Store } from '../../store/database.js';
import type { Database } from '../../store/tables.js';
import {
  findWorkspace,
  freeSlug,
  insertWorkspace,
  listWorkspaceRows,
  slugify,
} from '../../store/workspace.repository.js';
import { insertCurrentCycle } from '../cycle.service.js';
import { ConflictError, ValidationError } from '../errors.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import type { User } from './account.types.js';
import { checkNewAccount, personKeyFromEmail } from './account-input.js';
import { hashPassword } from './password.js';
import { toUser } from './presenters.js';

export interface FirstSetupInput {
  readonly workspaceName: string;
  readonly freelancer: boolean;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly locale?: string;
  readonly currency?: string;
}

export interface CreatedWorkspace {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
}

export async function isSetupNeeded(db: Kysely<Database>): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/**
 * The first run: the first user becomes owner of a new workspace. Refused once any user
 * exists, so an open setup page can never hand a running Ratchet to a stranger.
 * Workspaces imported before anyone set up (`ratchet import`, `--demo`) are adopted: the
 * first owner owns them too, and a workspace of the same name is taken over rather than
 * created twice (docs/security.md, "Roles").
 */
export async function runFirstSetup(
  store: Store,
  input: FirstSetupInput,
  now: number,
): Promise<{ user: User; workspace: CreatedWorkspace }> {
  checkNewAccount(input);
  const workspaceName = input.workspaceName.trim();
  if (workspaceName === '') {
    throw new ValidationError('The workspace needs a name.', [
      { path: 'workspaceName', message: 'Name the workspace, e.g. your company or "My freelance work".' },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  let adopted = false;
  // The workspace the first owner lands in, found or made inside the write's transaction.
  const setUp = async (trx: Kysely<Database>) => {
    if ((await countUsers(trx)) > 0) {
      throw new ConflictError('Ratchet is already set up. Sign in, or ask an admin to add you.');
    }
    const existing = await findWorkspace(trx, workspaceName);
    adopted = existing !== undefined && existing.archived_at === null;
    return existing && adopted
      ? existing
      : insertWorkspace(trx, {
          name: existing ? await freeName(trx, workspaceName) : workspaceName,
          slug: await freeSlug(trx, slugify(workspaceName)),
          locale: input.locale ?? null,
          currency: input.currency ?? null,
          freelancer: input.freelancer ? 1 : 0,
          archived_at: null,
          created_at: now,
          updated_at: now,
        });
  };
  // Audited like createWorkspace, by the owner whose account this very write creates.
  return inWorkspaceWrite(store, setUp, { actor: 'setup', at: now }, async ({ trx, workspace, audit }) => {
    if (!adopted) await insertCurrentCycle(trx, workspace.id, now);
    const userRow = await insertUser(trx, {
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash,
      at: now,
    });
    for (const owned of await listWorkspaceRows(trx)) {
      const personId =
        (await findPersonIdByEmail(trx, owned.id, userRow.email)) ??
        (await insertMemberPerson(trx, {
          workspaceId: owned.id,
          key: await freePersonKey(trx, owned.id, personKeyFromEmail(userRow.email)),
          name: userRow.name,
          email: userRow.email,
          at: now,
        }));
      await upsertMembership(trx, {
        workspaceId: owned.id,
        userId: userRow.id,
        role: 'owner',
        personId,
        at: now,
      });
    }
    await audit({
      entity: 'workspace',
      entityId: workspace.slug,
      action: adopted ? 'adopt' : 'create',
      after: { name: workspace.name, freelancer: Boolean(workspace.freelancer), owner: userRow.email },
      actor: `user:${userRow.id}`,
    });
    return {
      user: toUser(userRow),
      workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name },
    };
  });
}

/** "Acme (2)" when an archived "Acme" keeps the name. */
async function freeName(db: Kysely<Database>, base: string): Promise<string> {
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!(await findWorkspace(db, candidate))) return candidate;
  }
}
