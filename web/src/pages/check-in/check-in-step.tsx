import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../components/error-notice.js';
import { parseLocaleNumber } from '../../format.js';
import { nowToTheMinute } from '../../now.js';
import { useWorkspace } from '../../session/workspace-context.js';
import type { QueueItem } from './check-in-queue.js';

interface CheckInStepProps {
  readonly item: QueueItem;
  readonly position: number;
  readonly total: number;
  readonly onSaved: () => void;
  readonly onSkip: () => void;
  readonly onBack: (() => void) | undefined;
}

/** One key result: value, confidence, note, blockers. Enter saves and moves on. */
export function CheckInStep({ item, position, total, onSaved, onSkip, onBack }: CheckInStepProps) {
  const { api, fmt } = useWorkspace();
  const { kr, objective, report } = item;
  const last = [...(kr.checkIns ?? [])].sort(
    (a, b) => new Date(b.at).getTime() - new Date(a.at).getTime(),
  )[0];
  const [value, setValue] = useState(() => (report?.current != null ? String(report.current) : ''));
  const [confidence, setConfidence] = useState(() =>
    Math.round((last?.confidence ?? report?.confidence ?? 0.7) * 10),
  );
  const [note, setNote] = useState('');
  const [blockers, setBlockers] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const parsed = kr.milestone ? (value === '1' ? 1 : 0) : parseLocaleNumber(value, fmt.locale);

  useEffect(() => {
    valueRef.current?.focus();
    valueRef.current?.select();
  }, []);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (parsed === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.checkIn(kr.id, {
        at: nowToTheMinute(),
        value: parsed,
        confidence: confidence / 10,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(blockers.trim() ? { blockers: blockers.trim() } : {}),
      });
      onSaved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  // In the text areas, Ctrl/⌘+Enter saves (plain Enter makes a new line).
  function onTextKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  }

  const target = kr.target != null ? fmt.value(kr.target, kr.unit) : undefined;
  return (
    <form
      className="card card-pad-l form check-in-step"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="step-title"
    >
      <p className="muted small">
        Key result {position} of {total} · {objective.title}
      </p>
      <h2 id="step-title">{kr.title}</h2>
      <p className="muted small">
        {kr.baseline != null && target ? `From ${fmt.value(kr.baseline, kr.unit)} to ${target}. ` : ''}
        {last
          ? `Last check-in ${fmt.relative(last.at)}: ${fmt.value(last.value, kr.unit)}.`
          : 'First check-in.'}
        {kr.kpi
          ? ` Linked to a KPI${report?.current != null ? `, latest value ${fmt.value(report.current, kr.unit)}` : ''}: the value you enter is recorded as its newest point.`
          : ''}
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {kr.milestone ? (
        <label className="choice">
          <input
            ref={valueRef}
            type="checkbox"
            checked={value === '1'}
            onChange={(e) => setValue(e.target.checked ? '1' : '0')}
          />
          <span>Done</span>
        </label>
      ) : (
        <div className="field">
          <label htmlFor="check-in-value">Value{kr.unit ? ` (${kr.unit})` : ''}</label>
          <input
            ref={valueRef}
            id="check-in-value"
            className="input input-large"
            inputMode="decimal"
            autoComplete="off"
            required
            value={value}
            aria-invalid={value !== '' && parsed === null ? true : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor="check-in-confidence">
          Confidence: <strong>{fmt.percent(confidence / 10)}</strong>
        </label>
        <input
          id="check-in-confidence"
          type="range"
          min={0}
          max={10}
          step={1}
          value={confidence}
          aria-valuetext={`${fmt.percent(confidence / 10)} confident the target will be reached`}
          onChange={(e) => setConfidence(Number(e.target.value))}
        />
        <span className="hint">
          How likely is the target by the end of the cycle? Arrow keys move it by 10%.
        </span>
      </div>
      <div className="field">
        <label htmlFor="check-in-note">Note</label>
        <textarea
          id="check-in-note"
          className="textarea"
          rows={2}
          placeholder="Why this confidence? What moved?"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={onTextKey}
        />
      </div>
      <div className="field">
        <label htmlFor="check-in-blockers">Blockers</label>
        <textarea
          id="check-in-blockers"
          className="textarea"
          rows={2}
          placeholder="Anything in the way? Who could help?"
          value={blockers}
          onChange={(e) => setBlockers(e.target.value)}
          onKeyDown={onTextKey}
        />
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy || parsed === null}>
          {busy ? 'Saving…' : position === total ? 'Save and finish' : 'Save and next'}
        </button>
        <button type="button" className="btn" onClick={onSkip}>
          Skip
        </button>
        {onBack && (
          <button type="button" className="btn btn-ghost" onClick={onBack}>
            Back
          </button>
        )}
        <span className="muted small keyboard-hint">Enter saves · Ctrl+Enter in a note</span>
      </div>
    </form>
  );
}
