import { type FormEvent, useState } from 'react';
import type { Initiative } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { OwnerSelect } from '../../components/forms/owner-team-select.js';
import { InlinePanel } from '../../components/inline-panel.js';
import type { Directory } from '../../hooks/use-directory.js';
import { useSave } from '../../hooks/use-save.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** An initiative's owner and due date, changed in place with the version read (issue 9). */
export function InitiativeEditPanel({
  initiative,
  directory,
  onSaved,
  onClose,
}: {
  readonly initiative: Initiative;
  readonly directory: Directory | undefined;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const { api } = useWorkspace();
  const [owner, setOwner] = useState(initiative.owner ?? '');
  const [due, setDue] = useState(initiative.due ?? '');
  // The version read when the panel opened: a live refresh must not hide someone else's change.
  const [version] = useState(initiative.version);
  const { busy, error, run } = useSave();

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api.updateInitiative(initiative.id, {
        version,
        ...(owner !== (initiative.owner ?? '') && { owner: owner || null }),
        ...(due !== (initiative.due ?? '') && { due: due || null }),
      });
      onSaved();
      onClose();
    });
  }

  return (
    <InlinePanel label={`Edit ${initiative.title}`} onClose={onClose}>
      <form className="form" onSubmit={(e) => void save(e)}>
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-row">
          <OwnerSelect directory={directory} value={owner} onChange={setOwner} />
          <Field label="Due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <FormActions busy={busy} small label="Save" onCancel={onClose} />
      </form>
    </InlinePanel>
  );
}
