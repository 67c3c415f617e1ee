import { type FormEvent, useState } from 'react';
import type { CycleLength, WorkspaceSettings } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { useSession } from '../../session/session-context.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { CURRENCIES } from '../setup/region-defaults.js';
import { CYCLE_LENGTH_LABELS, currencyLabel, LOCALES, localeLabel, WEEK_STARTS } from './locale-options.js';

/** The workspace's name, locale, currency, week start and cycle length, changed in place (admins). */
export function WorkspaceSettingsForm({ settings }: { readonly settings: WorkspaceSettings }) {
  const { api, fmt } = useWorkspace();
  const { refresh } = useSession();
  const [name, setName] = useState(settings.name);
  const [locale, setLocale] = useState(settings.locale ?? 'en-US');
  const [currency, setCurrency] = useState(settings.currency ?? '');
  const [weekStart, setWeekStart] = useState(settings.weekStart);
  const [cycleLength, setCycleLength] = useState<CycleLength>(settings.cycleLength);
  // The version this form last saw: its own saves move it on.
  const [version, setVersion] = useState(settings.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  // "Saved." stays until the next edit.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };

  const locales = LOCALES.includes(locale as (typeof LOCALES)[number]) ? LOCALES : [locale, ...LOCALES];
  const currencies =
    currency === '' || CURRENCIES.includes(currency as (typeof CURRENCIES)[number])
      ? CURRENCIES
      : [currency, ...CURRENCIES];

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await api.updateSettings({
        version,
        name: name.trim(),
        locale,
        currency: currency === '' ? null : currency,
        weekStart,
        cycleLength,
      });
      setVersion(next.version);
      setSaved(true);
      // Names, numbers and dates everywhere follow the new settings.
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void save(e)} aria-label="Workspace settings">
      {error !== null && <ErrorNotice error={error} />}
      {saved && (
        <p className="alert alert-success" role="status">
          Saved.
        </p>
      )}
      <Field
        label="Name"
        required
        maxLength={120}
        value={name}
        onChange={(e) => edited(setName)(e.target.value)}
      />
      <div className="form-row">
        <div className="field">
          <label htmlFor="ws-locale">Language and region</label>
          <select
            id="ws-locale"
            className="select"
            value={locale}
            onChange={(e) => edited(setLocale)(e.target.value)}
          >
            {locales.map((tag) => (
              <option key={tag} value={tag}>
                {localeLabel(tag, fmt.locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ws-currency">Currency</label>
          <select
            id="ws-currency"
            className="select"
            value={currency}
            onChange={(e) => edited(setCurrency)(e.target.value)}
          >
            <option value="">None</option>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {currencyLabel(code, fmt.locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="ws-week-start">Week starts on</label>
          <select
            id="ws-week-start"
            className="select"
            value={weekStart}
            onChange={(e) => edited(setWeekStart)(Number(e.target.value))}
          >
            {WEEK_STARTS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ws-cycle-length">Cycle length</label>
          <select
            id="ws-cycle-length"
            className="select"
            value={cycleLength}
            aria-describedby="ws-cycle-length-hint"
            onChange={(e) => edited(setCycleLength)(e.target.value as CycleLength)}
          >
            {Object.entries(CYCLE_LENGTH_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <span id="ws-cycle-length-hint" className="hint">
            How long the next cycles run; cycles already planned keep their dates.
          </span>
        </div>
      </div>
      <div>
        <button type="submit" className="btn" disabled={busy || !name.trim()}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
