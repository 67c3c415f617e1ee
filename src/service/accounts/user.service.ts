import type { Kysely } from 'kysely';
import { findPersonIdByEmail } from '../../store/accounts/member-person.repository.js';
import { upsertMembership } from '../../store/accounts/membership.repository.js';
import { findUserByEmail, insertUser, updateUserPassword } from '../../store/accounts/user.repository.js';
import type { Database } from '../../store/tables.js';
import { findWorkspace } from '../../store/workspace.repository.js';
import { NotFoundError } from '../errors.js';
import type { User } from './account.types.js';
import { checkNewAccount } from './account-input.js';
import { hashPassword } from './password.js';
import { toUser } from './presenters.js';
import type { Role } from './roles.js';

export interface AddUserInput {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
  /** Name or slug of a workspace to add the user to. */
  readonly workspace?: string;
  readonly role?: Role;
}

/**
 * Adds a user, or updates the password of an existing one (so the command doubles as a
 * password reset for an operator), and gives them a role in a workspace when named.
 */
export async function addUser(
  db: Kysely<Database>,
  input: AddUserInput,
  now: number,
): Promise<{ user: User; created: boolean; workspace: { slug: string; role: Role } | null }> {
  const email = input.email.trim().toLowerCase();
  const name = input.name?.trim() || email.split('@')[0] || email;
  checkNewAccount({ email, password: input.password, name });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const workspace = input.workspace === undefined ? undefined : await findWorkspace(trx, input.workspace);
    if (input.workspace !== undefined && (!workspace || workspace.archived_at !== null)) {
      throw new NotFoundError('workspace', input.workspace, 'Run `ratchet workspace list` to see the names.');
    }
    const existing = await findUserByEmail(trx, email);
    if (existing) await updateUserPassword(trx, existing.id, passwordHash, now);
    const row = existing ?? (await insertUser(trx, { email, name, passwordHash, at: now }));
    if (!workspace) return { user: toUser(row), created: !existing, workspace: null };
    const role = input.role ?? 'editor';
    const personId = (await findPersonIdByEmail(trx, workspace.id, email)) ?? null;
    await upsertMembership(trx, { workspaceId: workspace.id, userId: row.id, role, personId, at: now });
    return { user: toUser(row), created: !existing, workspace: { slug: workspace.slug, role } };
  });
}
