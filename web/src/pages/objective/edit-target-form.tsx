import { type FormEvent, useState } from 'react';
import type { KeyResult } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { parseLocaleNumber } from '../../format.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * Changes a key result's target. A reason is required: every change to a target shows in
 * the history (users.md, "Protect the numbers").
 */
export function EditTargetForm({
  kr,
  onDone,
}: {
  readonly kr: KeyResult;
  readonly onDone: (changed: boolean) => void;
}) {
  const { api, fmt } = useWorkspace();
  const [target, setTarget] = useState(kr.target != null ? String(kr.target) : '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const parsed = parseLocaleNumber(target, fmt.locale);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (parsed === null || !reason.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await api.updateKeyResult(kr.id, { target: parsed, reason: reason.trim() });
      onDone(true);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form
      className="form edit-target"
      onSubmit={(e) => void submit(e)}
      aria-label={`Edit the target of ${kr.title}`}
    >
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-row">
        <Field
          label="Target"
          inputMode="decimal"
          required
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          error={target && parsed === null ? 'Type a number' : undefined}
        />
        <Field
          label="Reason"
          required
          placeholder="Why the change?"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="row">
        <button
          type="submit"
          className="btn btn-primary btn-small"
          disabled={busy || parsed === null || !reason.trim()}
        >
          {busy ? 'Saving…' : 'Save target'}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
