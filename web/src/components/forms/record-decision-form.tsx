import { type FormEvent, useId, useState } from 'react';
import { useWorkspace } from '../../session/workspace-context.js';
import { ErrorNotice } from '../error-notice.js';

/** Answers a KPI signal in words: what was decided. The server records who and when. */
export function RecordDecisionForm(props: {
  readonly kpi: string;
  readonly kpiName: string;
  readonly onDone: () => void;
  readonly onCancel?: () => void;
}) {
  const { api } = useWorkspace();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await api.recordDecision({ kpi: props.kpi, text: text.trim() });
      setText('');
      props.onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form decision-form" onSubmit={(e) => void submit(e)}>
      {error !== null && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor={id}>Decision about {props.kpiName}</label>
        <textarea
          id={id}
          className="textarea"
          required
          // biome-ignore lint/a11y/noAutofocus: the user just asked to write this decision
          autoFocus
          placeholder="e.g. Accept the dip for two weeks while the new hires ramp up; review on the 14th."
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy || !text.trim()}>
          {busy ? 'Saving…' : 'Save decision'}
        </button>
        {props.onCancel && (
          <button type="button" className="btn btn-ghost btn-small" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
