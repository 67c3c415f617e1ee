import { useState } from 'react';
import type { Kpi } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { navigate } from '../../router/history.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * KPIs archived from their page, each with Restore (issue 9: archive and restore). A
 * restored KPI comes back with its values, threshold history and decisions.
 */
export function ArchivedKpis({ canEdit }: { readonly canEdit: boolean }) {
  const { ws, api, fmt } = useWorkspace();
  const archived = useResource<readonly Kpi[]>(`archived-kpis:${ws}`, (signal) =>
    api.archivedKpis(signal).then((page) => page.items),
  );
  const [error, setError] = useState<unknown>(null);
  const kpis = archived.data ?? [];
  if (kpis.length === 0 && error === null) return null;

  async function restore(kpi: Kpi) {
    setError(null);
    try {
      await api.restoreKpi(kpi.id, kpi.version);
      navigate(paths.kpi(ws, kpi.id));
    } catch (e) {
      setError(e);
      archived.reload();
    }
  }

  return (
    <section className="card" aria-labelledby="archived-kpis-title">
      <h2 id="archived-kpis-title" className="section-title">
        Archived KPIs <span className="count">{kpis.length}</span>
      </h2>
      {error !== null && <ErrorNotice error={error} />}
      <ul className="plain-list">
        {kpis.map((k) => (
          <li key={k.id} className="spread">
            <span>
              {k.name}{' '}
              <span className="muted small">
                {k.pointCount === 1 ? 'one value' : `${fmt.number(k.pointCount, 0)} values`}
              </span>
            </span>
            {canEdit && (
              <button
                type="button"
                className="btn btn-ghost btn-small"
                aria-label={`Restore ${k.name}`}
                onClick={() => void restore(k)}
              >
                Restore
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
