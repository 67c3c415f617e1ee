import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/error-notice.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { PersonRow } from './person-row.js';

export function PeopleSettings({ canManage }: { readonly canManage: boolean }) {
  const { api } = useWorkspace();
  const { directory, reload } = useDirectory();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('editor');
  const [error, setError] = useState<unknown>(null);
  const [said, setSaid] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api.createPerson({ name: name.trim(), ...(email.trim() ? { email: email.trim() } : {}), role });
      setName('');
      setEmail('');
      reload();
    } catch (e) {
      setError(e);
    }
  }

  const people = directory?.people ?? [];
  return (
    <section className="card" aria-labelledby="people-title">
      <div className="section-title">
        <h2 id="people-title">
          People <span className="count">{people.length}</span>
        </h2>
      </div>
      {people.length === 0 && (
        <p className="muted small">
          No people yet. Each KPI, objective and key result needs exactly one owner.
        </p>
      )}
      {people.some((p) => !p.role) && (
        <p className="muted small">
          People marked “No sign-in” can own goals but cannot open the workspace.
          {canManage ? ' Invite them by email to give them a role.' : ' An admin can invite them.'}
        </p>
      )}
      {said && (
        <p className="small" role="status">
          {said}
        </p>
      )}
      <div className="table-wrap" hidden={people.length === 0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              {canManage && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <PersonRow
                key={p.id}
                person={p}
                canManage={canManage}
                onChanged={(message) => {
                  setSaid(message ?? null);
                  reload();
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {canManage && (
        <form className="form" onSubmit={(e) => void add(e)} style={{ marginTop: 12 }}>
          {error !== null && <ErrorNotice error={error} />}
          <div className="form-row">
            <div className="field">
              <label htmlFor="person-name">Name</label>
              <input
                id="person-name"
                className="input"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="person-email">Email address</label>
              <input
                id="person-email"
                className="input"
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="person-role">Role</label>
              <select
                id="person-role"
                className="select"
                value={role}
                onChange={(e) => setRole(e.target.value)}
              >
                <option value="viewer">Viewer: sees everything</option>
                <option value="editor">Editor: updates their own goals</option>
                <option value="admin">Admin: manages people and teams</option>
              </select>
            </div>
          </div>
          <div>
            <button type="submit" className="btn" disabled={!name.trim()}>
              Add person
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
