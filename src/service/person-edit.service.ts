import { membershipOfPerson } from '../store/accounts/membership.repository.js';
import type { Store } from '../store/database.js';
import { type KeyedTable, keyedRows, updateVersioned } from '../store/keyed.repository.js';
import { grantRole, revokeRole } from './accounts/role-change.service.js';
import type { Role } from './accounts/roles.js';
import type { ChangeContext } from './change-context.js';
import { ConflictError, staleVersion, ValidationError } from './errors.js';
import { checkVersion } from './keyed-writes.js';
import { activeRef } from './kpi-ref.js';
import { inWorkspaceWrite } from './write/unit-of-work.js';

export interface PersonPatch {
  readonly name?: string;
  /** The role of the person's account here; the person must have one (an invitation gives it). */
  readonly role?: Role;
}

/** Who asks: their role in the workspace bounds the roles they may give or take away. */
type Asker = Role | 'operator';

/**
 * Renames a person or changes the role of their account. Role changes go through
 * `grantRole` (the one rule, under the workspace-row lock): only owners touch owners, and
 * the last owner can never be demoted. Returns the stored version.
 */
export async function updatePerson(
  store: Store,
  workspace: string | undefined,
  key: string,
  patch: PersonPatch,
  expectedVersion: number | undefined,
  change: ChangeContext,
  by: Asker,
): Promise<number> {
  if (patch.name !== undefined && patch.name.trim() === '') {
    throw new ValidationError('The person is not valid:', [
      { path: 'name', message: 'give the person a name' },
    ]);
  }
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const ref = await activeRef(trx, 'people', ws.id, key);
    const version = checkVersion('Person', ref, expectedVersion);
    const row = (await keyedRows(trx, 'people', ws.id, { includeArchived: false })).find(
      (p) => p.id === ref.id,
    );
    const account = await membershipOfPerson(trx, ws.id, ref.id);
    if (patch.role !== undefined && patch.role !== account?.role) {
      if (!account) {
        throw new ConflictError(
          `${row?.name ?? key} has no sign-in in this workspace, so has no role to change; invite them by email to give them one.`,
        );
      }
      await grantRole(trx, {
        workspaceId: ws.id,
        userId: account.user_id,
        role: patch.role,
        personId: ref.id,
        at,
        by,
      });
    }
    const name = patch.name?.trim() ?? row?.name ?? key;
    if (!(await updateVersioned(trx, 'people', ref.id, version, { name, updated_at: at }))) {
      throw staleVersion('Person', key, version, version + 1);
    }
    await uow.audit({
      entity: 'person',
      entityId: key,
      action: 'update',
      before: { name: row?.name, role: account?.role ?? null },
      after: { name, role: patch.role ?? account?.role ?? null },
    });
    uow.touched('person', key);
    return version + 1;
  });
}

/** The records a person can own, by table, with their entity names (the change feed's and the audit log's). */
const OWNED = {
  kpis: 'kpi',
  objectives: 'objective',
  key_results: 'key_result',
  initiatives: 'initiative',
} as const satisfies Partial<Record<KeyedTable, string>>;

export type OwnedEntity = (typeof OWNED)[keyof typeof OWNED];

/**
 * Removes a person from the workspace: their sign-in here ends (never the last owner's),
 * the records they owned keep their history but have no owner until someone picks one
 * (the coach's `no-owner` finding asks for it), and the person is archived. Returns the
 * keys of the records left without an owner.
 */
export async function removePerson(
  store: Store,
  workspace: string | undefined,
  key: string,
  expectedVersion: number | undefined,
  change: ChangeContext,
  by: Asker,
): Promise<{ readonly unowned: readonly { readonly entity: OwnedEntity; readonly id: string }[] }> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const { trx, workspace: ws, at } = uow;
    const ref = await activeRef(trx, 'people', ws.id, key);
    const version = checkVersion('Person', ref, expectedVersion);
    const account = await membershipOfPerson(trx, ws.id, ref.id);
    if (account) await revokeRole(trx, { workspaceId: ws.id, userId: account.user_id, by });
    if (!(await updateVersioned(trx, 'people', ref.id, version, { archived_at: at, updated_at: at }))) {
      throw staleVersion('Person', key, version, version + 1);
    }
    const unowned: { entity: OwnedEntity; id: string }[] = [];
    for (const [table, entity] of Object.entries(OWNED) as [keyof typeof OWNED, OwnedEntity][]) {
      const rows = await keyedRows(trx, table, ws.id, { includeArchived: false });
      for (const row of rows.filter((r) => r.owner_id === ref.id)) {
        await updateVersioned(trx, table, row.id, row.version, { owner_id: null, updated_at: at });
        unowned.push({ entity, id: row.key });
        uow.touched(entity, row.key);
      }
    }
    await uow.audit({
      entity: 'person',
      entityId: key,
      action: 'remove',
      before: { role: account?.role ?? null },
      after: { archivedAt: at, unowned },
    });
    uow.touched('person', key);
    return { unowned };
  });
}
