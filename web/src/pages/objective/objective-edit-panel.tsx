import { type FormEvent, useState } from 'react';
import type { ObjectiveEdit } from '../../api/endpoints.js';
import type { Objective } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { OwnerSelect, TeamSelect } from '../../components/forms/owner-team-select.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { SelectField } from '../../components/select-field.js';
import type { Directory } from '../../hooks/use-directory.js';
import { useSave } from '../../hooks/use-save.js';
import { navigate } from '../../router/history.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { parentChoices } from '../alignment/alignment-tree.js';
import { ParentsField } from './parents-field.js';

/**
 * An objective edited in place (issue 9, "Edit everything in place"): title, owner, team,
 * type and the objective it supports, with the version it was read at; and archive.
 */
export function ObjectiveEditPanel({
  objective,
  objectives,
  directory,
  onSaved,
  onClose,
}: {
  readonly objective: Objective;
  readonly objectives: readonly Objective[];
  readonly directory: Directory | undefined;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const { ws, api } = useWorkspace();
  const [title, setTitle] = useState(objective.title);
  const [owner, setOwner] = useState(objective.owner ?? '');
  const [team, setTeam] = useState(objective.team ?? '');
  const [type, setType] = useState(objective.type);
  const [parents, setParents] = useState<readonly string[]>(objective.parents);
  // The version read when the panel opened: a live refresh must not hide someone else's change.
  const [version] = useState(objective.version);
  const { busy, error, setError, run } = useSave();
  const choices = parentChoices(objectives, objective.id);

  async function save(event: FormEvent) {
    event.preventDefault();
    const patch: ObjectiveEdit = {
      version,
      ...(title.trim() !== objective.title && { title: title.trim() }),
      ...(owner !== (objective.owner ?? '') && { owner: owner || null }),
      ...(team !== (objective.team ?? '') && { team: team || null }),
      ...(type !== objective.type && { type }),
      ...(parents.join('\n') !== objective.parents.join('\n') && { parents }),
    };
    await run(async () => {
      await api.editObjective(objective.id, patch);
      onSaved();
      onClose();
    });
  }

  async function archive() {
    const krs = objective.keyResults.length;
    const also = krs === 0 ? '' : ` Its ${krs === 1 ? 'key result goes' : `${krs} key results go`} with it.`;
    if (!window.confirm(`Archive “${objective.title}”?${also} The history is kept.`)) return;
    setError(null);
    try {
      await api.archiveObjective(objective.id, version);
      navigate(paths.dashboard(ws));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <InlinePanel label={`Edit ${objective.title}`} onClose={onClose} className="card inline-panel">
      <form className="form" onSubmit={(e) => void save(e)}>
        {error !== null && <ErrorNotice error={error} />}
        <Field label="Title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        <div className="form-row">
          <OwnerSelect directory={directory} value={owner} onChange={setOwner} />
          <TeamSelect directory={directory} value={team} onChange={setTeam} />
        </div>
        <div className="form-row">
          <SelectField
            label="Type"
            value={type}
            options={[
              { value: 'aspirational', label: 'Aspirational (0.7 is success)' },
              { value: 'committed', label: 'Committed (1.0 expected)' },
            ]}
            onChange={(v) => setType(v === 'committed' ? 'committed' : 'aspirational')}
          />
        </div>
        <ParentsField
          value={parents}
          choices={choices.map((o) => ({ id: o.id, title: o.title }))}
          onChange={setParents}
        />
        <FormActions
          busy={busy}
          disabled={!title.trim()}
          onCancel={onClose}
          aside={
            <button type="button" className="btn btn-ghost" onClick={() => void archive()}>
              Archive objective
            </button>
          }
        />
      </form>
    </InlinePanel>
  );
}
