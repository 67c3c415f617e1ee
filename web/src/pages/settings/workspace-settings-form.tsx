import { type FormEvent, useMemo, useState } from 'react';
import type { CycleLength, WorkspaceSettings } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { CurrencySelect } from '../../components/forms/currency-select.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { LocaleSelect } from '../../components/forms/locale-select.js';
import { createFormatter } from '../../format.js';
import { useSave } from '../../hooks/use-save.js';
import { useSession } from '../../session/session-context.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { CYCLE_LENGTH_LABELS, WEEK_STARTS, WEEKDAYS } from './locale-options.js';

/**
 * The workspace's name, locale, currency, week start, cycle length and when the weekly
 * digest and reminders go out, changed in place (admins).
 */
/** The date the preview shows: a day whose month and day cannot be confused (23 > 12). */
const SAMPLE_DAY = '2026-11-23';

export function WorkspaceSettingsForm({ settings }: { readonly settings: WorkspaceSettings }) {
  const { api, fmt } = useWorkspace();
  const { refresh } = useSession();
  const [name, setName] = useState(settings.name);
  const [locale, setLocale] = useState(settings.locale ?? 'en-US');
  const [currency, setCurrency] = useState(settings.currency ?? '');
  const [weekStart, setWeekStart] = useState(settings.weekStart);
  const [cycleLength, setCycleLength] = useState<CycleLength>(settings.cycleLength);
  const [noticeDay, setNoticeDay] = useState<number | null>(settings.noticeDay);
  const [digestTime, setDigestTime] = useState(settings.digestTime);
  const [reminderTime, setReminderTime] = useState(settings.reminderTime);
  // The version this form last saw: its own saves move it on.
  const [version, setVersion] = useState(settings.version);
  const { busy, error, run } = useSave();
  // How numbers, money and dates will look with the picked locale and currency, before saving.
  const sample = useMemo(
    () => createFormatter(locale, currency === '' ? null : currency),
    [locale, currency],
  );
  const [saved, setSaved] = useState(false);

  // "Saved." stays until the next edit.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const next = await api.updateSettings({
        version,
        name: name.trim(),
        locale,
        currency: currency === '' ? null : currency,
        weekStart,
        cycleLength,
        noticeDay,
        digestTime,
        reminderTime,
      });
      setVersion(next.version);
      setSaved(true);
      // Names, numbers and dates everywhere follow the new settings.
      await refresh();
    });
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
        <LocaleSelect value={locale} displayLocale={fmt.locale} onChange={edited(setLocale)} />
        <CurrencySelect
          value={currency}
          displayLocale={fmt.locale}
          none="None"
          onChange={edited(setCurrency)}
        />
      </div>
      <p className="hint" aria-live="polite">
        Shown as: {sample.number(1234.5, 1)} ·{' '}
        {sample.currency ? `${sample.value(1234.5, 'currency')} · ` : ''}
        {sample.day(SAMPLE_DAY)}
      </p>
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
      <div className="form-row">
        <div className="field">
          <label htmlFor="ws-notice-day">Digest and reminders on</label>
          <select
            id="ws-notice-day"
            className="select"
            value={noticeDay ?? ''}
            onChange={(e) => edited(setNoticeDay)(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">The week start</option>
            {WEEKDAYS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="Digest at"
          type="time"
          required
          value={digestTime}
          onChange={(e) => edited(setDigestTime)(e.target.value)}
        />
        <Field
          label="Reminders at"
          type="time"
          required
          value={reminderTime}
          hint="Each person's own time (their time zone in Your notifications; UTC without one)."
          onChange={(e) => edited(setReminderTime)(e.target.value)}
        />
      </div>
      <FormActions busy={busy} primary={false} disabled={!name.trim()} label="Save settings" />
    </form>
  );
}
