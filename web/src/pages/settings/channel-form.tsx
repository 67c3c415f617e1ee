import { type FormEvent, useState } from 'react';
import { notifyApi } from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { SelectField } from '../../components/select-field.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useSave } from '../../hooks/use-save.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Adds a Slack or Teams channel, routed by team, owner or severity. */
export function ChannelForm({ onCreated }: { readonly onCreated: () => void }) {
  const { ws } = useWorkspace();
  const { directory } = useDirectory();
  const [kind, setKind] = useState<'slack' | 'teams'>('slack');
  const [url, setUrl] = useState('');
  const [team, setTeam] = useState('');
  const [owner, setOwner] = useState('');
  const [critical, setCritical] = useState(false);
  const { busy, error, run } = useSave();

  async function create(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await notifyApi(ws).createChannel({
        kind,
        url: url.trim(),
        team: team || null,
        owner: owner || null,
        severity: critical ? 'critical' : null,
      });
      setUrl('');
      onCreated();
    });
  }

  return (
    <form className="form" aria-label="New channel" onSubmit={(e) => void create(e)}>
      {error !== null && <ErrorNotice error={error} />}
      <SelectField
        label="Kind"
        value={kind}
        options={[
          { value: 'slack', label: 'Slack (incoming webhook)' },
          { value: 'teams', label: 'Microsoft Teams (workflow webhook)' },
        ]}
        onChange={(k) => setKind(k === 'teams' ? 'teams' : 'slack')}
      />
      <Field
        label="Channel URL"
        type="url"
        required
        placeholder="https://hooks.slack.com/services/…"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
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
        label="Add channel"
        busyLabel="Adding…"
        disabled={!url.trim()}
      />
    </form>
  );
}
