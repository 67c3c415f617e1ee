import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Objective } from '../../api/types.js';
import type { ParseReading } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { useLocation } from '../../router/history.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { CreateKeyResultForm } from './create-key-result-form.js';
import { CreateKpiForm } from './create-kpi-form.js';
import { CreateSimpleForm } from './create-simple-form.js';
import { ReadingPreview } from './reading-preview.js';

const EXAMPLES = [
  'Keep first response time under four hours',
  'Reduce churn from 8% to 5% by Q2',
  'Keep billable utilisation between 70% and 80%',
  'Become the go-to podcast in the digital marketing space',
];

/** Type a goal the way you would say it; Ratchet reads it, the coach comments, you create it. */
export default function QuickAddPage() {
  const { ws, api } = useWorkspace();
  const { directory } = useDirectory();
  const objectives = useResource<readonly Objective[]>(`objectives:${ws}`, (signal) =>
    api.objectives(signal).then((o) => o.items),
  );
  // `?text=` arrives from a suggestion elsewhere ("Write it"): read it straight away.
  const { query } = useLocation();
  const given = useRef(query.get('text') ?? '');
  const [statement, setStatement] = useState(given.current);
  const [reading, setReading] = useState<ParseReading | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function read(event?: FormEvent, text = statement) {
    event?.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setReading(await api.parse(text.trim()));
    } catch (e) {
      setError(e);
      setReading(null);
    } finally {
      setBusy(false);
    }
  }

  // Only the text the page opened with; typing afterwards waits for "Read it".
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on arrival
  useEffect(() => {
    if (given.current) void read(undefined, given.current);
  }, []);

  return (
    <div className="page page-narrow">
      <div>
        <h1>Quick add</h1>
        <p className="subtitle">
          Write a goal the way you would say it. Maintain is a KPI; improve is an OKR. Ratchet tells you
          which.
        </p>
      </div>
      <form className="card form" onSubmit={(e) => void read(e)}>
        <div className="field">
          <label htmlFor="statement">Statement</label>
          <input
            id="statement"
            className="input input-large"
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: typing the sentence is the only thing to do on this page
            autoFocus
            placeholder="Reduce churn from 8% to 5% by Q2"
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
          />
        </div>
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={busy || !statement.trim()}>
            {busy ? 'Reading…' : 'Read it'}
          </button>
          <span className="muted small">Try:</span>
          {EXAMPLES.map((example) => (
            <button
              key={example}
              type="button"
              className="btn btn-ghost btn-small example-chip"
              onClick={() => {
                setStatement(example);
                void read(undefined, example);
              }}
            >
              {example}
            </button>
          ))}
        </div>
      </form>
      {error !== null && <ErrorNotice error={error} />}
      {reading && (
        <>
          <ReadingPreview reading={reading} />
          {reading.kind === 'kpi' && (
            <CreateKpiForm key={reading.text} reading={reading} directory={directory} />
          )}
          {(reading.kind === 'key_result' || reading.kind === 'milestone') && (
            <CreateKeyResultForm
              key={reading.text}
              reading={reading}
              directory={directory}
              objectives={objectives.data ?? []}
            />
          )}
          {(reading.kind === 'task' || reading.kind === 'objective') && (
            <CreateSimpleForm key={reading.text} reading={reading} directory={directory} />
          )}
        </>
      )}
    </div>
  );
}
