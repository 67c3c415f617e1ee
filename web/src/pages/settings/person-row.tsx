import { useState } from 'react';
import type { Person, Role } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ROLE_LABELS, roleName } from './role-labels.js';

const ROLES: readonly Role[] = ['owner', 'admin', 'editor', 'viewer'];

/**
 * One person of the workspace; admins change the role of their sign-in and remove them
 * in place (issue 9). The server keeps the rule: only owners touch admins and owners,
 * and the last owner is never demoted or removed; its refusal is shown as it words it.
 */
export function PersonRow({
  person,
  canManage,
  onChanged,
}: {
  readonly person: Person;
  readonly canManage: boolean;
  readonly onChanged: (message?: string) => void;
}) {
  const { api } = useWorkspace();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function changeRole(role: Role) {
    setBusy(true);
    setError(null);
    try {
      await api.updatePerson(person.id, { version: person.version, role });
      onChanged(`${person.name} is now ${roleName(role).toLowerCase()}.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    const question =
      `Remove ${person.name} from the workspace?` +
      (person.role ? ' Their sign-in here ends.' : '') +
      ' What they own keeps its history and waits for a new owner.';
    if (!window.confirm(question)) return;
    setBusy(true);
    setError(null);
    try {
      const { unowned } = await api.removePerson(person.id, person.version);
      const n = unowned.length;
      onChanged(
        n === 0
          ? `${person.name} was removed.`
          : `${person.name} was removed; ${n === 1 ? 'one record they owned has' : `${n} records they owned have`} no owner now.`,
      );
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <tr>
      <td>{person.name}</td>
      <td className="muted">{person.email ?? '—'}</td>
      <td>
        {person.role && canManage ? (
          <select
            className="select select-small"
            aria-label={`Role of ${person.name}`}
            title={ROLE_LABELS[person.role]}
            value={person.role}
            disabled={busy}
            onChange={(e) => void changeRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        ) : person.role ? (
          <span title={ROLE_LABELS[person.role]}>{roleName(person.role)}</span>
        ) : (
          <span className="muted" title="Owns goals here but has no account in this workspace">
            No sign-in
          </span>
        )}
        {error !== null && <ErrorNotice error={error} />}
      </td>
      {canManage && (
        <td>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={`Remove ${person.name}`}
            disabled={busy}
            onClick={() => void remove()}
          >
            Remove
          </button>
        </td>
      )}
    </tr>
  );
}
