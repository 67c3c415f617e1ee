import { type FormEvent, useState } from 'react';
import { notifyApi } from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useDirectory } from '../../hooks/use-directory.js';
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
  const [error, setError] = useState<unknown>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await notifyApi(ws).createChannel({
        kind,
        url: url.trim(),
        team: team || null,
        owner: owner || null,
        severity: critical ? 'critical' : null,
      });
      setUrl('');
      onCreated();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="form" aria-label="New channel" onSubmit={(e) => void create(e)}>
      {error !== null && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor="channel-kind">Kind</label>
        <select
          id="channel-kind"
          className="input"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'slack' | 'teams')}
        >
          <option value="slack">Slack (incoming webhook)</option>
          <option value="teams">Microsoft Teams (workflow webhook)</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="channel-url">Channel URL</label>
        <input
          id="channel-url"
          className="input"
          type="url"
          required
          placeholder="https://hooks.slack.com/services/…"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="channel-team">Only this team’s KPIs</label>
        <select id="channel-team" className="input" value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="">Any team</option>
          {(directory?.teams ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="channel-owner">Only KPIs owned by</label>
        <select id="channel-owner" className="input" value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">Anyone</option>
          {(directory?.people ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <label className="radio-option">
        <input type="checkbox" checked={critical} onChange={(e) => setCritical(e.target.checked)} />
        Breaches only (not at-risk values)
      </label>
      <div>
        <button type="submit" className="btn" disabled={!url.trim()}>
          Add channel
        </button>
      </div>
    </form>
  );
}
