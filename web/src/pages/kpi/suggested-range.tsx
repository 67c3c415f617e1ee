import { useState } from 'react';
import type { Kpi, Range } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { rangeWords } from '../../range-text.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Every move of a healthy range keeps its reason (users.md, "Protect the numbers"). */
export const ACCEPT_REASON = 'Accepted the healthy range suggested from its history';

/**
 * For a KPI without a healthy range, the one its history suggests (docs/engine.md: the
 * median ± 3 robust standard deviations of its latest 30 values), accepted in one step.
 */
export function SuggestedRange({
  kpi,
  suggested,
  onAccepted,
}: {
  readonly kpi: Kpi;
  readonly suggested: { readonly min: number | null; readonly max: number | null };
  readonly onAccepted: () => void;
}) {
  const { api, fmt } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const healthy: Range = {
    ...(suggested.min !== null && { min: suggested.min }),
    ...(suggested.max !== null && { max: suggested.max }),
  };

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      await api.updateKpi(kpi.id, { healthy, reason: ACCEPT_REASON, version: kpi.version });
      onAccepted();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="suggested-title">
      <h2 id="suggested-title" className="section-title">
        Suggested healthy range
      </h2>
      <p>
        Its history suggests <strong>{rangeWords(healthy, kpi.unit, fmt)}</strong>.
      </p>
      <p className="muted small">
        The median of its latest 30 values, give or take three robust standard deviations: ordinary ups and
        downs stay inside, a real change falls out. History cannot tell which side is good, so drop a side
        later if only one matters.
      </p>
      {error !== null && <ErrorNotice error={error} />}
      <button
        type="button"
        className="btn btn-primary btn-small"
        onClick={() => void accept()}
        disabled={busy}
      >
        {busy ? 'Saving…' : 'Use this range'}
      </button>
    </section>
  );
}
