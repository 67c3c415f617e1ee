import { useState } from 'react';
import type { DashboardObjective } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * Sets or changes the objective an objective supports, from the map: the objective's
 * PATCH with the version read, so a change someone made meanwhile answers "reload".
 */
export function ParentPicker({
  objective,
  version,
  choices,
  teamName,
  onSaved,
  onClose,
}: {
  readonly objective: DashboardObjective;
  readonly version: number | undefined;
  readonly choices: readonly DashboardObjective[];
  readonly teamName: (id: string | null | undefined) => string | undefined;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const { api } = useWorkspace();
  const [parent, setParent] = useState(objective.parent ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldId = `parent-of-${objective.id}`;

  async function save() {
    if (version === undefined) return;
    setBusy(true);
    setError(null);
    try {
      await api.editObjective(objective.id, { version, parent: parent || null });
      onSaved();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <InlinePanel label={`Parent of ${objective.title}`} onClose={onClose}>
      <form
        className="form parent-picker"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={fieldId}>Supports</label>
          <select id={fieldId} className="select" value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">Nothing: it stands on its own</option>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
                {teamName(o.team) ? ` (${teamName(o.team)})` : ''}
              </option>
            ))}
          </select>
        </div>
        {error !== null && <ErrorNotice error={error} />}
        <div className="row">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={busy || version === undefined || parent === (objective.parent ?? '')}
          >
            Save parent
          </button>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </InlinePanel>
  );
}
