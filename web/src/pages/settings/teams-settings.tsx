import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/error-notice.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useWorkspace } from '../../session/workspace-context.js';

export function TeamsSettings({ canManage }: { readonly canManage: boolean }) {
  const { api } = useWorkspace();
  const { directory, reload } = useDirectory();
  const [name, setName] = useState('');
  const [parent, setParent] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api.createTeam({ name: name.trim(), ...(parent ? { parent } : {}) });
      setName('');
      reload();
    } catch (e) {
      setError(e);
    }
  }

  const teams = directory?.teams ?? [];
  return (
    <section className="card" aria-labelledby="teams-title">
      <div className="section-title">
        <h2 id="teams-title">
          Teams <span className="count">{teams.length}</span>
        </h2>
      </div>
      {teams.length === 0 ? (
        <p className="muted small">No teams yet. Teams form a tree: company → department → team.</p>
      ) : (
        <ul className="plain-list">
          {teams.map((t) => (
            <li key={t.id}>
              {t.name}
              {t.parent && <span className="muted small"> · part of {directory?.teamName(t.parent)}</span>}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form className="form" onSubmit={(e) => void add(e)} style={{ marginTop: 12 }}>
          {error !== null && <ErrorNotice error={error} />}
          <div className="form-row">
            <div className="field">
              <label htmlFor="team-name">New team</label>
              <input
                id="team-name"
                className="input"
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="team-parent">Part of</label>
              <select
                id="team-parent"
                className="select"
                value={parent}
                onChange={(e) => setParent(e.target.value)}
              >
                <option value="">Nothing (top level)</option>
                {teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div>
            <button type="submit" className="btn" disabled={!name.trim()}>
              Add team
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
