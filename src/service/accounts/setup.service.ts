import type { Kysely } from 'kysely';
import {
  findPersonIdByEmail,
  freePersonKey,
  insertMemberPerson,
} from '../../store/accounts/member-person.repository.js';
import { upsertMembership } from '../../store/accounts/membership.repository.js';
import { countUsers, insertUser } from '../../store/accounts/user.repository.js';
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
  db: Kysely<Database>,
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
  return db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) {
      throw new ConflictError('Ratchet is already set up. Sign in, or ask an admin to add you.');
    }
    const existing = await findWorkspace(trx, workspaceName);
    const adopted = existing && existing.archived_at === null;
    const workspace = adopted
      ? existing
      : await insertWorkspace(trx, {
          name: existing ? await freeName(trx, workspaceName) : workspaceName,
          slug: await freeSlug(trx, slugify(workspaceName)),
          locale: input.locale ?? null,
          currency: input.currency ?? null,
          freelancer: input.freelancer ? 1 : 0,
          archived_at: null,
          created_at: now,
          updated_at: now,
        });
    if (!adopted) await insertCurrentCycle(trx, workspace.id, now);
    const userRow = await insertUser(trx, {
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash,
      at: now,
    });
    for (const adopted of await listWorkspaceRows(trx)) {
      const personId =
        (await findPersonIdByEmail(trx, adopted.id, userRow.email)) ??
        (await insertMemberPerson(trx, {
          workspaceId: adopted.id,
          key: await freePersonKey(trx, adopted.id, personKeyFromEmail(userRow.email)),
          name: userRow.name,
          email: userRow.email,
          at: now,
        }));
      await upsertMembership(trx, {
        workspaceId: adopted.id,
        userId: userRow.id,
        role: 'owner',
        personId,
        at: now,
      });
    }
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
