import type { Person } from '../core/model.js';
import { findUserByEmail } from '../store/accounts/user.repository.js';
import { rolesOfPeople } from '../store/accounts/workspace-roles.repository.js';
import type { Store } from '../store/database.js';
import { insertKeyed, keyedRows, nextPosition } from '../store/keyed.repository.js';
import { grantRole } from './accounts/role-change.service.js';
import type { Role } from './accounts/roles.js';
import type { ChangeContext } from './change-context.js';
import { ConflictError, ValidationError, type ValidationIssue } from './errors.js';
import { keyFor, keyIssue } from './keyed-writes.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

export type PersonInput = Omit<Person, 'id'> & {
  readonly id?: string;
  /** Given to the account with the same email, if there is one. */
  readonly role?: Role;
};

/** Each person's role in the workspace, by person key; people without an account have none. */
export async function personRoles(store: Store, workspaceId: number): Promise<Map<string, string>> {
  const [people, roles] = await Promise.all([
    keyedRows(store.db, 'people', workspaceId, { includeArchived: true }),
    rolesOfPeople(store.db, workspaceId),
  ]);
  const keyOf = new Map(people.map((p) => [p.id, p.key]));
  return new Map(
    roles.flatMap((r) => (keyOf.has(r.person_id) ? [[keyOf.get(r.person_id) as string, r.role]] : [])),
  );
}

/**
 * Adds a person to the workspace. With a role and an email that has a Ratchet account,
 * that account becomes a member with the role and is linked to the person, so "editors
 * change what they own" works for them at once. Returns the key and the role granted.
 */
export async function createPerson(
  store: Store,
  workspace: string | undefined,
  input: PersonInput,
  change: ChangeContext,
  /** The role of whoever adds the person: it bounds the role they may grant. */
  grantedBy: Role | 'operator',
): Promise<{ readonly key: string; readonly role: Role | null }> {
  const issues = [...keyIssue(input.id), ...personIssues(input)];
  if (issues.length > 0) throw new ValidationError('The person is not valid:', issues);
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const email = input.email?.trim().toLowerCase();
    if (email !== undefined) {
      const people = await keyedRows(trx, 'people', ws.id, { includeArchived: false });
      const same = people.find((p) => p.email?.toLowerCase() === email);
      if (same) throw new ConflictError(`${same.name} already has the email ${email}; one person per email.`);
    }
    const key = await keyFor(trx, 'people', ws.id, input.id, input.name, 'person');
    const personId = await insertKeyed(trx, 'people', {
      workspace_id: ws.id,
      key,
      name: input.name.trim(),
      email: email ?? null,
      position: await nextPosition(trx, 'people', ws.id),
      created_at: at,
      updated_at: at,
    });
    const user =
      input.role !== undefined && email !== undefined ? await findUserByEmail(trx, email) : undefined;
    if (user && input.role) {
      await grantRole(trx, {
        workspaceId: ws.id,
        userId: user.id,
        role: input.role,
        personId,
        at,
        by: grantedBy,
      });
    }
    const role = user && input.role ? input.role : null;
    await uow.audit({
      entity: 'person',
      entityId: key,
      action: 'create',
      after: { ...input, id: key, role },
    });
    uow.touched('person', key);
    return { key, role };
  });
}

function personIssues(p: PersonInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof p.name !== 'string' || p.name.trim() === '')
    issues.push({ path: 'name', message: 'give the person a name' });
  if (p.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(p.email.trim()))
    issues.push({ path: 'email', message: 'use an email address like ada@example.com' });
  return issues;
}
