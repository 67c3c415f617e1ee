import { useState } from 'react';
import type { DashboardObjective } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ParentsField } from '../objective/parents-field.js';

/**
 * Sets, adds or changes the objectives an objective supports, from the map: the objective's
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
  const [parents, setParents] = useState<readonly string[]>(objective.parents);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const changed = parents.join('\n') !== objective.parents.join('\n');

  async function save() {
    if (version === undefined) return;
    setBusy(true);
    setError(null);
    try {
      await api.editObjective(objective.id, { version, parents });
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
        <ParentsField
          value={parents}
          choices={choices.map((o) => ({ id: o.id, title: o.title, hint: teamName(o.team) }))}
          onChange={setParents}
        />
        {error !== null && <ErrorNotice error={error} />}
        <div className="row">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={busy || version === undefined || !changed}
          >
            Save parents
          </button>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </InlinePanel>
  );
}
