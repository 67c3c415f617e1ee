import { type FormEvent, useEffect, useState } from 'react';
import { type DeliveryLog, type NotifyPreferences, notifyApi } from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { TimeZoneSelect } from '../../components/forms/time-zone-select.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { DeliveryLogView } from './delivery-log-view.js';

/** How you hear of alerts on the KPIs you own: email on or off, quiet hours in your time zone. */
export function MyNotifications() {
  const { ws } = useWorkspace();
  const { directory } = useDirectory();
  const me = directory?.mePerson;
  const api = notifyApi(ws);
  const prefs = useResource(me ? `prefs:${ws}:${me.id}` : null, (signal) =>
    api.preferences(me?.id ?? '', signal),
  );
  const [form, setForm] = useState<NotifyPreferences | null>(null);
  const [saved, setSaved] = useState(false);
  const [log, setLog] = useState<DeliveryLog | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (prefs.data) setForm(prefs.data);
  }, [prefs.data]);

  if (!directory) return null;
  if (!me) {
    return (
      <section className="card" aria-labelledby="my-notify-title">
        <h2 id="my-notify-title" className="section-title">
          Your notifications
        </h2>
        <p className="muted">
          Your account is not linked to a person in this workspace, so Ratchet tells you nothing here. An
          admin links you by giving a person your email address.
        </p>
      </section>
    );
  }
  const person = me.id;
  const quiet = form?.quietHours ?? null;
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function run(work: () => Promise<unknown>) {
    setError(null);
    setSaved(false);
    try {
      await work();
    } catch (e) {
      setError(e);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    await run(async () => {
      setForm(await api.savePreferences(person, form));
      setSaved(true);
    });
  }

  return (
    <section className="card" aria-labelledby="my-notify-title">
      <h2 id="my-notify-title" className="section-title">
        Your notifications
      </h2>
      <p className="muted small">
        When an alert on a KPI you own fires or resolves, it appears under the bell and, unless you turn it
        off, in your email{me.email ? ` (${me.email})` : ''}.
      </p>
      {prefs.error !== undefined && <ErrorNotice error={prefs.error} onRetry={prefs.reload} />}
      {error !== null && <ErrorNotice error={error} />}
      {form && (
        <form className="form" aria-label="Your notification settings" onSubmit={(e) => void save(e)}>
          <div className="field">
            <label htmlFor="alert-email">Alert emails</label>
            <select
              id="alert-email"
              className="input"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value as NotifyPreferences['email'] })}
            >
              <option value="instant">At once</option>
              <option value="digest">In the weekly digest</option>
              <option value="off">None</option>
            </select>
          </div>
          <label className="radio-option">
            <input
              type="checkbox"
              checked={form.digest !== false}
              onChange={(e) => setForm({ ...form, digest: e.target.checked })}
            />
            Email me the weekly digest
          </label>
          <label className="radio-option">
            <input
              type="checkbox"
              checked={form.reminders !== false}
              onChange={(e) => setForm({ ...form, reminders: e.target.checked })}
            />
            Remind me to check in on my key results
          </label>
          <label className="radio-option">
            <input
              type="checkbox"
              checked={quiet !== null}
              onChange={(e) =>
                setForm({
                  ...form,
                  timeZone: form.timeZone ?? browserZone,
                  quietHours: e.target.checked ? { start: '22:00', end: '07:00' } : null,
                })
              }
            />
            Quiet hours: hold email until they end
          </label>
          {quiet && (
            <div className="row">
              <div className="field">
                <label htmlFor="quiet-start">From</label>
                <input
                  id="quiet-start"
                  className="input"
                  type="time"
                  required
                  value={quiet.start}
                  onChange={(e) => setForm({ ...form, quietHours: { ...quiet, start: e.target.value } })}
                />
              </div>
              <div className="field">
                <label htmlFor="quiet-end">Until</label>
                <input
                  id="quiet-end"
                  className="input"
                  type="time"
                  required
                  value={quiet.end}
                  onChange={(e) => setForm({ ...form, quietHours: { ...quiet, end: e.target.value } })}
                />
              </div>
              <TimeZoneSelect
                value={form.timeZone ?? browserZone}
                onChange={(zone) => setForm({ ...form, timeZone: zone })}
              />
            </div>
          )}
          <div className="row">
            <button type="submit" className="btn">
              Save notification settings
            </button>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => void run(() => api.testEmail(person))}
            >
              Email me a test
            </button>
            <button
              type="button"
              className="btn btn-ghost"
              aria-expanded={log !== null}
              onClick={() => void (log ? setLog(null) : run(async () => setLog(await api.emailLog(person))))}
            >
              Email log
            </button>
          </div>
          {saved && <p role="status">Saved.</p>}
        </form>
      )}
      {log && <DeliveryLogView log={log} />}
    </section>
  );
}
