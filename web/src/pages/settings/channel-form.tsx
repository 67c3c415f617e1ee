import { type FormEvent, useState } from 'react';
import { notifyApi, type Subscription } from '../../api/notify-endpoints.js';
import { ApiError } from '../../api/problem.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { SelectField } from '../../components/select-field.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useSave } from '../../hooks/use-save.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * A Slack or Teams channel, routed by team, owner or severity: adds one (`editing` absent)
 * or changes one. Its URL is a secret the API shows only by origin, so when editing the
 * field starts empty and `url` is sent only when the admin types a new one.
 */
export function ChannelForm({
  editing,
  onSaved,
  onCancel,
}: {
  readonly editing?: Subscription;
  readonly onSaved: () => void;
  readonly onCancel?: () => void;
}) {
  const { ws } = useWorkspace();
  const { directory } = useDirectory();
  const [kind, setKind] = useState<'slack' | 'teams'>(editing?.kind === 'teams' ? 'teams' : 'slack');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [team, setTeam] = useState(editing?.team ?? '');
  const [owner, setOwner] = useState(editing?.owner ?? '');
  const [critical, setCritical] = useState(editing?.severity === 'critical');
  const { busy, error, run } = useSave();
  const fieldError = (path: string) => (error instanceof ApiError ? error.fieldError(path) : undefined);

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const api = notifyApi(ws);
      const fields = {
        description: description.trim() || null,
        team: team || null,
        owner: owner || null,
        severity: critical ? ('critical' as const) : null,
      };
      if (editing) {
        await api.updateChannel(editing.id, { ...(url.trim() && { url: url.trim() }), ...fields });
      } else {
        await api.createChannel({ kind, url: url.trim(), ...fields });
        setUrl('');
        setDescription('');
      }
      onSaved();
    });
  }

  return (
    <form
      className="form"
      aria-label={editing ? `Edit channel ${editing.url}` : 'New channel'}
      onSubmit={(e) => void save(e)}
    >
      {error !== null && <ErrorNotice error={error} />}
      {!editing && (
        <SelectField
          label="Kind"
          value={kind}
          options={[
            { value: 'slack', label: 'Slack (incoming webhook)' },
            { value: 'teams', label: 'Microsoft Teams (workflow webhook)' },
          ]}
          onChange={(k) => setKind(k === 'teams' ? 'teams' : 'slack')}
        />
      )}
      <Field
        label={editing ? 'New channel URL (optional)' : 'Channel URL'}
        type="url"
        required={!editing}
        placeholder={editing ? editing.url : 'https://hooks.slack.com/services/…'}
        hint={
          editing
            ? `Now ${editing.url} (the rest is kept secret). Leave empty to keep it.`
            : 'Kept encrypted; after saving only its start is shown.'
        }
        value={url}
        error={fieldError('url')}
        onChange={(e) => setUrl(e.target.value)}
      />
      <Field
        label="Description (optional)"
        placeholder="#support-alerts"
        maxLength={500}
        value={description}
        error={fieldError('description')}
        onChange={(e) => setDescription(e.target.value)}
      />
      <SelectField
        label="Only this team’s KPIs"
        value={team}
        none="Any team"
        options={(directory?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
        onChange={setTeam}
      />
      <SelectField
        label="Only KPIs owned by"
        value={owner}
        none="Anyone"
        options={(directory?.people ?? []).map((p) => ({ value: p.id, label: p.name }))}
        onChange={setOwner}
      />
      <label className="radio-option">
        <input type="checkbox" checked={critical} onChange={(e) => setCritical(e.target.checked)} />
        Breaches only (not at-risk values)
      </label>
      <FormActions
        busy={busy}
        primary={false}
        small={editing !== undefined}
        label={editing ? 'Save' : 'Add channel'}
        busyLabel={editing ? 'Saving…' : 'Adding…'}
        disabled={!editing && !url.trim()}
        onCancel={onCancel ?? null}
      />
    </form>
  );
}
