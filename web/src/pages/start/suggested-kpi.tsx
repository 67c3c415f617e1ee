import { useState } from 'react';
import type { Suggestion } from '../../../../src/core/suggest/suggestion.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { rangeText } from '../../range-text.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const hasBound = (range: Suggestion['healthy']) => range.min !== undefined || range.max !== undefined;

/** A metric from the template library, added as a KPI with its typical range in one click. */
export function SuggestedKpi({ suggestion }: { readonly suggestion: Suggestion }) {
  const { ws, api, fmt } = useWorkspace();
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = sentenceCase(suggestion.metric);
  const range = hasBound(suggestion.healthy)
    ? rangeText(suggestion.healthy, suggestion.unit, fmt)
    : undefined;

  async function add() {
    setBusy(true);
    setError(null);
    try {
      const kpi = await api.createKpi({
        name,
        unit: suggestion.unit === 'count' ? undefined : suggestion.unit,
        cadence: suggestion.cadence,
        ...(hasBound(suggestion.healthy) ? { healthy: suggestion.healthy } : {}),
      });
      setCreated(kpi.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="suggestion">
      <div>
        <strong>{name}</strong>
        <p className="muted small">
          {range ? `Healthy ${range} · ` : 'Set the range from your own history · '}
          reviewed {suggestion.cadence}
        </p>
        <p className="small">{suggestion.why}</p>
        {error !== null && <ErrorNotice error={error} />}
      </div>
      {created ? (
        <p role="status" className="small text-healthy">
          Added. <Link to={paths.kpi(ws, created)}>Enter its first value</Link>
        </p>
      ) : (
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          onClick={() => void add()}
          aria-label={`Add ${name} as a KPI`}
        >
          {busy ? 'Adding…' : 'Add as KPI'}
        </button>
      )}
    </li>
  );
}
