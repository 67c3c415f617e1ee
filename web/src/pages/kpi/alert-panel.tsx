import { type FormEvent, useRef, useState } from 'react';
import { type KpiAlerts, notifyApi } from '../../api/notify-endpoints.js';
import type { Cadence } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { AlertRuleEditor } from './alert-rule-editor.js';
import { alertRuleText } from './alert-rule-text.js';

type AlertState = KpiAlerts['state'];

const STATE_WORDS: Readonly<Record<AlertState, string>> = {
  normal: 'Normal',
  pending: 'Pending',
  firing: 'Firing',
  recovering: 'Recovering',
  no_data: 'No data',
  stale: 'Stale',
};

const CAUSE_WORDS: Readonly<Record<string, string>> = {
  first_point: 'first value',
  left_range: 'a value left the healthy range',
  stayed_out: 'it stayed out of range',
  severity_changed: 'the severity changed',
  back_in_range: 'a value is back in range',
  stayed_in: 'it stayed in range',
  left_again: 'a value left the range again',
  went_stale: 'no new value for too long',
  points_resumed: 'values resumed',
};

/** A day from now, as a `datetime-local` value in the browser's time zone. */
function tomorrowLocal(): string {
  const at = new Date(Date.now() + 24 * 60 * 60 * 1000);
  at.setMinutes(at.getMinutes() - at.getTimezoneOffset());
  return at.toISOString().slice(0, 16);
}

/** The KPI's alert: its state and timing (editable), an active silence (or a Silence button), and the history. */
export function AlertPanel({
  kpi,
  cadence,
  canEdit,
}: {
  readonly kpi: string;
  readonly cadence: Cadence;
  readonly canEdit: boolean;
}) {
  const { ws, fmt } = useWorkspace();
  const api = notifyApi(ws);
  const alerts = useResource(`alerts:${ws}:${kpi}`, (signal) => api.alerts(kpi, signal));
  const [silencing, setSilencing] = useState(false);
  const [until, setUntil] = useState(tomorrowLocal);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [editingRule, setEditingRule] = useState(false);
  const editRule = useRef<HTMLButtonElement>(null);

  function closeRuleEditor() {
    setEditingRule(false);
    // Focus goes back to the button that opened the editor, once it is shown again.
    requestAnimationFrame(() => editRule.current?.focus());
  }

  async function silence(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api.silence(kpi, new Date(until).toISOString(), reason.trim());
      setSilencing(false);
      setReason('');
      alerts.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function endSilence() {
    setError(null);
    try {
      await api.unsilence(kpi);
      alerts.reload();
    } catch (e) {
      setError(e);
    }
  }

  if (alerts.error !== undefined) return <ErrorNotice error={alerts.error} onRetry={alerts.reload} />;
  const data = alerts.data;
  if (!data) return null;
  const rule = alertRuleText(data, cadence);
  const severity =
    data.severity === 'critical' ? ' (in breach)' : data.severity === 'warning' ? ' (at risk)' : '';
  return (
    <section className="card" aria-labelledby="alerts-title">
      <h2 id="alerts-title" className="section-title">
        Alerts
      </h2>
      <p>
        <strong data-testid="alert-state">
          {STATE_WORDS[data.state]}
          {severity}
        </strong>
        {data.since && <span className="muted"> since {fmt.dateTime(data.since)}</span>}
      </p>
      <div className="spread">
        <p className="small" data-testid="alert-rule">
          {rule.fires} {rule.repeats}
        </p>
        {canEdit && !editingRule && (
          <button
            ref={editRule}
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => setEditingRule(true)}
          >
            Edit timing
          </button>
        )}
      </div>
      {editingRule && (
        <AlertRuleEditor
          kpi={kpi}
          cadence={cadence}
          alerts={data}
          onSaved={alerts.reload}
          onClose={closeRuleEditor}
        />
      )}
      {error !== null && <ErrorNotice error={error} />}
      {data.silence ? (
        <div className="alert alert-info" role="status">
          <p>
            Silenced until <strong>{fmt.dateTime(data.silence.until)}</strong>: {data.silence.reason}
          </p>
          <p className="small muted">
            By {data.silence.by}, {fmt.relative(data.silence.at)}. No email, Slack or Teams notice is sent
            meanwhile; webhooks still hear.
          </p>
          {canEdit && (
            <button type="button" className="btn btn-small" onClick={() => void endSilence()}>
              End silence
            </button>
          )}
        </div>
      ) : (
        canEdit &&
        !silencing && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setSilencing(true)}>
            Silence…
          </button>
        )
      )}
      {silencing && !data.silence && (
        <form className="form" onSubmit={(e) => void silence(e)} aria-label="Silence this KPI">
          <div className="field">
            <label htmlFor="silence-until">Silence until</label>
            <input
              id="silence-until"
              className="input"
              type="datetime-local"
              required
              value={until}
              onChange={(e) => setUntil(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="silence-reason">Reason</label>
            <input
              id="silence-reason"
              className="input"
              required
              placeholder="Planned migration this week"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="row">
            <button type="submit" className="btn" disabled={!reason.trim()}>
              Silence
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setSilencing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {data.transitions.length > 0 && (
        <ol className="timeline" aria-label="Alert history">
          {withKeys(data.transitions.slice(0, 10)).map(({ item: t, key }) => (
            <li key={key}>
              <p>
                {STATE_WORDS[t.from]} → <strong>{STATE_WORDS[t.to]}</strong>
              </p>
              <p className="muted small">
                {fmt.dateTime(t.at)} · {CAUSE_WORDS[t.cause] ?? t.cause}
                {t.value !== null ? ` · value ${fmt.number(t.value)}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Keys for the alert history: two transitions can share an instant and both states (a
 * value backdated past both), so a repeat is numbered by how often it came before.
 */
function withKeys<T extends { readonly at: number | string; readonly from: string; readonly to: string }>(
  items: readonly T[],
): { readonly item: T; readonly key: string }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${item.at}-${item.from}-${item.to}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { item, key: n === 0 ? base : `${base}#${n}` };
  });
}
